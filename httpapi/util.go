package httpapi

import (
	"errors"

	"github.com/clubnight/clubnight/night"
)

func asNightError(err error, target **night.Error) bool { return errors.As(err, target) }
