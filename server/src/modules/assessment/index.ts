/** What other modules may use of assessment: nothing yet (results reach the cockpit through the registered metrics). */
export {};
