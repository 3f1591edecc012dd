import { useEffect } from 'react';
import { App } from 'antd';
import { attachFeedback } from './feedback.js';

function FeedbackBridge() {
  const { message, modal } = App.useApp();
  useEffect(() => attachFeedback({ message, modal }), [message, modal]);
  return null;
}

/**
 * antd's message, notification and modal holders, mounted beside the pages (AppFrame) with the first toast or dialog
 * (feedback.tsx): nothing but this bridge calls App.useApp; pages use showError, showSuccess and modal().
 */
export default function FeedbackHost() {
  return (
    <App component={false}>
      <FeedbackBridge />
    </App>
  );
}
