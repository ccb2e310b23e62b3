//go:build !linux

package loadtest

import (
	"errors"
	"net"
)

const rawSupported = false

type poller struct{}

func newPoller() (*poller, error)                    { return nil, errors.New("no epoll") }
func (p *poller) add(s *screen, conn net.Conn) error { return errors.New("no epoll") }
func (p *poller) close()                             {}
func (s *screen) pong(payload []byte)                {}
