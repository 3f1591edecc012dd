/**
 * The constructs of Moodle's GIFT format (as its own importer reads them), one question each:
 * format markers, true/false spellings and feedbacks, weights, escapes, titles, categories, comments.
 */
export const moodleGift = String.raw`// GIFT sample: comments, categories, titles, escapes
// a second comment line

$CATEGORY: $course$/top/Default for GIFT/Colours

::Format markers:: [markdown]What colour is the **sky**?{
  =[plain]blue#[html]<b>Right</b> &amp; well done
  ~[moodle]green
  ~[html]<i>red</i> &lt;warm&gt;
}

::HTML stem::[html]<p>Grant is <b>buried</b>&nbsp;in Grant's tomb.</p>{T}

::Spaced false::Grant was born in 1900.{ FALSE#x#y}

::Newline true::Moodle is written in PHP.{
  TRUE
  #Wrong: it is.
  #Right: it is.
  ####It has been since 2002.
}

::Lower case:: The sun rises in the east.{t#no#yes}

// check boxes: half marks each, a penalty for the wrong one
::Weighted multi::Which are primary colours?{
  ~%50%red
  ~%50%blue
  ~%-100%green
}

::Zero-weight multi::Which are even?{~%50%2 ~%50%4 ~5}

::One right multi::Pick the prime.{~%100%7 ~%-100%8 ~%-100%9}

::Weighted short::Name the pet that meows.{=%100%kitten =%50%cat}

::Exported short::Who's buried in Grant's tomb?{
  =%100%no one#Right
  =%100%nobody
  =%0%Grant#Not quite
}

::Two equals::Which is a fruit?{=apple =pear ~carrot}

::Partial single::Capital of Australia?{=Canberra ~%50%Sydney ~Perth}

::Penalty single::Two plus two?{=4 ~%-50%5 ~3}

::Escapes\: all::Is 1 \= 1 \{always\} true\#? a \~ b{=yes\#sure#fine ~no \= never}

Grant is {~buried =entombed ~living} in Grant's tomb.

::Num tol::When was Grant born?{#1822:5}

::Num range::Pick a number from 1 to 5.{#1..5}

::Num weighted::Three?{#=3:0 =%50%3:1}

::Matching::Match the countries with their capitals.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}

::Essay::Write about Grant.{}

A description has no answers.

$CATEGORY: $course$/top/Second

::Categorised::[moodle]A question in the second category.{=a ~b}
`;
