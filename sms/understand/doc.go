// Package understand turns one text message from a committee member into one
// typed Intent: list my jobs, a job is done or started, undo, a problem, I'm
// on it, it's sorted, I'm here, I'm leaving, a guest has gone home, what's
// next, a question back to the sender (Ask), nothing to do, or not
// understood.
//
// It owns reading texts the way people really write them: capitals,
// punctuation, text speak, typos, numbers as words and emoji, measured
// against the night's own job titles, names, rides and timeline. It also
// owns the GSM-7 helpers every SMS reply must pass through.
//
// A reading goes in stages: normalise (text speak, numbers, emoji, spelling
// mended against the night's own words, never two letters into an alarm
// word); find names, jobs, rides and taxi firms; read the conversation (the
// problem the sender holds or was just told about, the question just
// asked, a meaning the committee taught for these words: Context.Taught,
// PhraseKey, Teach); apply the rules; and last, guard: a question, a
// denial, a plan for later, praise or news of someone else's work never
// changes the night. When unsure it asks one numbered question; when it
// cannot tell, the learned model (subpackage model, trained from the texts
// in testdata) may read it as plain chat; otherwise a person reads it. Explain says why a text was read
// as it was; the corpus subpackage measures readings against a table.
//
// Everything here is a pure function of its arguments: no I/O, no clock, no
// state that changes. Replying, applying commands and carrier opt-out words
// belong to other packages; Understand never turns a lone opt-out word into
// a command.
package understand
