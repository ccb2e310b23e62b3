package night

import (
	"errors"
	"fmt"
)

// Code says what kind of failure an Error is. One place in each adapter maps
// codes to an HTTP status or a kind SMS reply.
type Code string

const (
	Invalid   Code = "invalid"   // the request is malformed
	NotFound  Code = "not_found" // a job, person, problem, ride or night does not exist
	Conflict  Code = "conflict"  // the change cannot happen in the current state
	Forbidden Code = "forbidden" // the caller may not do this
	Internal  Code = "internal"  // something broke on our side
	Busy      Code = "busy"      // the store is down or overloaded: try again
	// Unknown means the change may or may not have been saved (the store
	// stopped answering after it was sent): trying again blindly could do
	// it twice, so people are asked to look first.
	Unknown Code = "unknown"
	TooMany Code = "too_many" // too many requests from this caller: wait a moment
)

// Error is a failure with a code and a plain message a person can read
// ("Sam already did that", "There is no job 99").
type Error struct {
	Code    Code
	Message string
	// Problems lists every problem found, for whole-plan validation.
	Problems []string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err, or Internal when err is not an *Error.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err == nil {
		return ""
	}
	return Internal
}

// ErrorMessage returns the plain message of err, hiding internal details.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Something went wrong on our side. Please try again."
}
