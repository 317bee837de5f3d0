package handlers

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// handleError is the Echo HTTPErrorHandler and the only place where errors
// become responses. An error from an operation is written with HTTP 200 in
// the operation's response class, because the Java client reads errors only
// from the body. Errors Echo raises before any operation runs (no route,
// wrong method) are written with their HTTP status and a JSON body that has
// the exception members but no class.
func (s *Server) handleError(err error, ec echo.Context) {
	c, _ := ec.Get(callKey).(*call)
	if ec.Response().Committed {
		s.logger.WithFields(callFields(c)).WithError(err).Error("OMRS response already sent when the request failed")
		return
	}

	var werr error
	if c != nil {
		werr = writeJSON(ec, http.StatusOK, s.errorResponse(c, err))
	} else {
		code, env := s.routingError(err, ec.Request())
		werr = writeJSON(ec, code, env)
	}
	if werr != nil {
		s.logger.WithFields(callFields(c)).WithError(werr).Error("write OMRS error response")
	}
}

// errorResponse builds the response of a failed operation in its response
// class. Errors that are not a *typesystem.Error are reported as
// RepositoryErrorException with a generic message. The wrapped cause
// (Error.Err) stays out of the response, because it may describe server
// internals, and the cause of a server-side fault goes to the log instead.
func (s *Server) errorResponse(c *call, err error) typesystem.Response {
	var omrsErr *typesystem.Error
	known := errors.As(err, &omrsErr)
	if !known {
		omrsErr = typesystem.NewError(typesystem.KindRepositoryError, "",
			"Repository server %s could not complete %s because of an internal error", s.cfg.ServerName, c.op)
	}
	if !known || isServerFault(omrsErr.Kind) {
		s.logger.WithFields(c.logFields).WithError(err).Error("OMRS request failed")
	}

	resp, ok := typesystem.NewResponse(c.class)
	if !ok {
		// registerRoutes rejects routes with unknown classes, so this only
		// guards against a later change that bypasses it.
		resp = &typesystem.VoidResponse{}
	}
	env := resp.Envelope()
	reported := *omrsErr
	reported.Err = nil
	env.SetException(&reported, c.op, s.cfg.LegacyExceptionPackage)
	env.RequestID = c.requestID

	if omrsErr.Kind == typesystem.KindUserNotAuthorized && c.userID != "" {
		env.ExceptionProperties = withProperty(env.ExceptionProperties, "userId", c.userID)
	}
	var serverErr *unknownServerError
	if errors.As(err, &serverErr) {
		env.RelatedHTTPCode = http.StatusNotFound
		env.ExceptionProperties = withProperty(env.ExceptionProperties, "serverName", serverErr.serverName)
	}
	return resp
}

// routingError describes an error raised by Echo itself and returns the
// HTTP status to send it with. The body has the exception members of an
// OMRS response but no class, because no operation was matched.
func (s *Server) routingError(err error, req *http.Request) (int, *typesystem.OMRSAPIResponse) {
	code := http.StatusInternalServerError
	var httpErr *echo.HTTPError
	if errors.As(err, &httpErr) {
		code = httpErr.Code
	}

	path := req.URL.EscapedPath()
	var omrsErr *typesystem.Error
	switch code {
	case http.StatusNotFound:
		omrsErr = routeNotFound(req.Method, path)
	case http.StatusMethodNotAllowed:
		omrsErr = methodNotAllowed(req.Method, path)
	default:
		s.logger.WithError(err).WithField("path", path).Error("HTTP request failed before routing")
		omrsErr = typesystem.NewError(typesystem.KindRepositoryError, "",
			"Repository server %s could not route %s %s because of an internal error", s.cfg.ServerName, req.Method, path)
	}

	env := &typesystem.OMRSAPIResponse{}
	env.SetException(omrsErr, "", s.cfg.LegacyExceptionPackage)
	env.RelatedHTTPCode = code
	return code, env
}

// isServerFault reports whether errors of kind k come from the server side,
// so their cause belongs in the server log.
func isServerFault(k typesystem.Kind) bool {
	return k == typesystem.KindRepositoryError || k == typesystem.KindRepositoryTimeout
}

func withProperty(props map[string]any, key string, value any) map[string]any {
	if props == nil {
		props = make(map[string]any, 2)
	}
	props[key] = value
	return props
}

// exceptionKindName names err's exception class for log lines.
func exceptionKindName(err error) string {
	if kind, ok := typesystem.KindOf(err); ok {
		return kind.String()
	}
	return typesystem.KindRepositoryError.String()
}

func callFields(c *call) map[string]any {
	if c == nil {
		return nil
	}
	return c.logFields
}
