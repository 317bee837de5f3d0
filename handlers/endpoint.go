package handlers

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/url"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// callKey is the Echo context key under which endpoint stores the *call, so
// handleError can find the operation and response class of a failed request.
const callKey = "omrs.call"

// call is the state of one request as the operations see it.
type call struct {
	echo      echo.Context
	op        string // Egeria operation name
	class     string // response class
	userID    string
	requestID string // requestId read from the body, echoed in the response
	body      []byte // raw request body, empty when none was sent
	logFields logrus.Fields
}

// endpoint wraps an operation into an Echo handler. The handler reads the
// body, checks the server name and user, runs the operation and writes the
// success response. Errors go back to Echo, which passes them to
// handleError.
func (s *Server) endpoint(r route) echo.HandlerFunc {
	return func(ec echo.Context) error {
		start := time.Now()
		c := &call{
			echo:      ec,
			op:        r.op,
			class:     r.class,
			logFields: logrus.Fields{"op": r.op},
		}
		ec.Set(callKey, c)

		err := s.run(r, c)
		s.logCall(c, start, err)
		return err
	}
}

func (s *Server) run(r route, c *call) error {
	if err := s.readRequest(c); err != nil {
		return err
	}
	if r.handle == nil {
		return notSupported(c.op, s.cfg.ServerName)
	}

	resp, err := r.handle(s, c)
	if err != nil {
		return err
	}
	return writeSuccess(c, resp)
}

// readRequest reads the body and checks the path values common to every
// operation. The body is read first so that even a request for another
// server gets its requestId back. The server name is checked before
// anything else, so that a request for another server learns nothing more
// about this one.
func (s *Server) readRequest(c *call) error {
	var bodyErr error
	c.body, bodyErr = readBody(c.echo.Request().Body, s.cfg.MaxBodyBytes)
	c.requestID = peekRequestID(c.body)

	serverName, err := c.param("serverName")
	if err != nil {
		return err
	}
	c.logFields["serverName"] = serverName
	if serverName != s.cfg.ServerName {
		return unknownServer(serverName, s.cfg.ServerName)
	}

	c.userID, err = c.param("userId")
	if err != nil {
		return err
	}
	c.logFields["userId"] = c.userID
	if c.userID == "" {
		return emptyUserID(c.op)
	}
	return bodyErr
}

// readBody reads at most limit bytes of the request body.
func readBody(body io.Reader, limit int64) ([]byte, error) {
	if body == nil {
		return nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil {
		return nil, unreadableBody(err)
	}
	if int64(len(data)) > limit {
		return nil, bodyTooLarge(limit)
	}
	return bytes.TrimSpace(data), nil
}

// peekRequestID returns the requestId member of a JSON object body, or ""
// when the body has none or is not a JSON object.
func peekRequestID(body []byte) string {
	if len(body) == 0 || body[0] != '{' {
		return ""
	}
	var head struct {
		RequestID string `json:"requestId"`
	}
	if err := json.Unmarshal(body, &head); err != nil {
		return ""
	}
	return head.RequestID
}

// param returns the path value name decoded exactly once. Echo matches on
// the escaped path when the URL has one, and then leaves the values escaped,
// so a %2F inside a type name does not split the segment.
func (c *call) param(name string) (string, error) {
	raw := c.echo.Param(name)
	value := raw
	if c.echo.Request().URL.RawPath != "" {
		decoded, err := url.PathUnescape(raw)
		if err != nil {
			return "", badPathValue(name, raw, err)
		}
		value = decoded
	}
	if name != "serverName" && name != "userId" {
		c.logFields[logKey(name)] = value
	}
	return value, nil
}

// ctx returns the request context. When the body has a requestId, the
// context carries it, so that the repository records it as lastRequestId.
// Without one, the repository generates an id.
func (c *call) ctx() context.Context {
	ctx := c.echo.Request().Context()
	if c.requestID != "" {
		ctx = typesystem.WithRequestID(ctx, c.requestID)
	}
	return ctx
}

// logKey names a path value in log lines after the OMRS path variable it
// holds.
func logKey(param string) string {
	if param == "name" {
		return "typeName"
	}
	return param
}

func (s *Server) logCall(c *call, start time.Time, err error) {
	entry := s.logger.WithFields(c.logFields).
		WithField("durationMs", time.Since(start).Milliseconds())
	if err != nil {
		entry = entry.WithField("outcome", exceptionKindName(err))
	}
	entry.Debug("OMRS request")
}
