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
// Everything here is a pure function of its arguments: no I/O, no clock, no
// state that changes. Replying, applying commands and carrier opt-out words
// belong to other packages; Understand never turns a lone opt-out word into
// a command.
package understand
