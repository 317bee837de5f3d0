package handlers

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// analystPath is the route of the read-only Cypher endpoint for analysts.
// It sits outside the OMRS base path because it is not an OMRS operation:
// Egeria never calls it, and it responds with plain JSON and HTTP status
// codes rather than OMRS response classes.
const analystPath = "/servers/:serverName/cypher/users/:userId"

// analystOp names the endpoint in log lines and error messages.
const analystOp = "analystQuery"

// AnalystQueries is the repository method behind the analyst endpoint.
// Implementations must be safe for concurrent use and must guarantee that
// the query changes nothing.
type AnalystQueries interface {
	// ReadOnlyQuery runs a read-only Cypher query and returns at most
	// maxRows rows of JSON-encodable values. A maxRows of 0 means the
	// implementation's default. It fails with InvalidParameter for a query that could change
	// the graph or that Neo4j rejects, and with RepositoryTimeout or
	// RepositoryError when the query cannot complete.
	ReadOnlyQuery(ctx context.Context, userID, query string, params map[string]any, maxRows int) (*graph.QueryResult, error)
}

// analystRequest is the request body of the analyst endpoint.
type analystRequest struct {
	Query      string         `json:"query"`
	Parameters map[string]any `json:"parameters"`
	MaxRows    int            `json:"maxRows"`
}

// analystResponse is the success body of the analyst endpoint.
type analystResponse struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"`
}

// analystErrorBody is the error body of the analyst endpoint.
type analystErrorBody struct {
	Error analystErrorDetail `json:"error"`
}

type analystErrorDetail struct {
	ExceptionClassName string `json:"exceptionClassName"`
	Message            string `json:"message"`
	ParameterName      string `json:"parameterName,omitempty"`
	UserAction         string `json:"userAction,omitempty"`
}

// analystQuery serves POST analystPath. Unlike the OMRS operations, it
// writes its own responses, errors included, with the HTTP status of the
// error's kind: 400 for InvalidParameter, 404 for an unknown server name,
// 503 for RepositoryTimeout and 500 for other failures.
func (s *Server) analystQuery(ec echo.Context) error {
	start := time.Now()
	c := &call{echo: ec, op: analystOp, logFields: logrus.Fields{"op": analystOp}}

	result, err := s.runAnalystQuery(c)
	s.logAnalystCall(c, start, result, err)
	if err != nil {
		return s.writeAnalystError(c, err)
	}

	rows := result.Rows
	if rows == nil {
		rows = [][]any{}
	}
	columns := result.Columns
	if columns == nil {
		columns = []string{}
	}
	body, err := marshalNoEscape(analystResponse{Columns: columns, Rows: rows, Truncated: result.Truncated})
	if err != nil {
		return s.writeAnalystError(c, err)
	}
	return ec.JSONBlob(http.StatusOK, body)
}

func (s *Server) runAnalystQuery(c *call) (*graph.QueryResult, error) {
	// Echo v4.16 lets the last path value of this route take the rest of
	// the path, so .../users/{userId}/more arrives with userId "{userId}/more".
	if strings.Contains(c.echo.Param("userId"), "/") {
		return nil, &analystPathError{analystPathNotFound(c.echo.Request().URL.EscapedPath())}
	}
	if err := s.readRequest(c); err != nil {
		return nil, err
	}
	req, err := decodeAnalystRequest(c.body)
	if err != nil {
		return nil, err
	}
	params, err := driverParameters(req.Parameters)
	if err != nil {
		return nil, err
	}
	result, err := s.callReadOnlyQuery(c, req.Query, params, req.MaxRows)
	if err == nil && result == nil {
		err = errors.New("run analyst query: the repository returned neither a result nor an error")
	}
	return result, err
}

// callReadOnlyQuery calls the repository and turns a panic into an error,
// because the Echo recover middleware would report it in the OMRS error
// shape rather than the analyst one.
func (s *Server) callReadOnlyQuery(c *call, query string, params map[string]any, maxRows int) (result *graph.QueryResult, err error) {
	defer func() {
		if recovered := recover(); recovered != nil {
			err = fmt.Errorf("recover from panic in analyst query: %v\n%s", recovered, debug.Stack())
		}
	}()
	return s.repo.ReadOnlyQuery(c.ctx(), c.userID, query, params, maxRows)
}

// analystPathError reports a path that starts like analystPath but has more
// segments. It is written with HTTP 404.
type analystPathError struct{ err *typesystem.Error }

func (e *analystPathError) Error() string { return e.err.Error() }

// Unwrap exposes the typesystem.Error, so writeAnalystError finds its kind.
func (e *analystPathError) Unwrap() error { return e.err }

func analystPathNotFound(path string) *typesystem.Error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, "path",
		"No endpoint matches POST %s", path)
	err.UserAction = "Send analyst queries to POST /servers/{serverName}/cypher/users/{userId}."
	return err
}

const analystBodyAction = `Send a JSON object such as {"query": "MATCH (n) WHERE n.name = $name RETURN n", "parameters": {"name": "x"}, "maxRows": 100}.`

// decodeAnalystRequest decodes the body strictly, so that a misspelt member
// such as "params" is reported rather than ignored.
func decodeAnalystRequest(body []byte) (*analystRequest, error) {
	if len(body) == 0 || bytes.Equal(body, []byte("null")) {
		err := typesystem.NewError(typesystem.KindInvalidParameter, "requestBody",
			"The analyst query request has no body, but it needs a JSON object with a query")
		err.UserAction = analystBodyAction
		return nil, err
	}

	var req analystRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	dec.DisallowUnknownFields()
	err := dec.Decode(&req)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = fmt.Errorf("the JSON value is incomplete at offset %d", len(body))
	}
	if err == nil {
		if _, trailing := dec.Token(); !errors.Is(trailing, io.EOF) {
			err = fmt.Errorf("unexpected data after the JSON value at offset %d", dec.InputOffset())
		}
	}
	if err != nil {
		invalid := typesystem.WrapError(typesystem.KindInvalidParameter, err, "requestBody",
			"The analyst query request body is not valid: %s", describeJSONError(err))
		invalid.UserAction = analystBodyAction
		return nil, invalid
	}
	return &req, nil
}

// driverParameters converts the JSON numbers of decoded parameters into
// int64 when they are whole numbers that fit, and into float64 otherwise,
// so that Neo4j receives INTEGER and FLOAT values. Lists and maps are
// converted element by element.
func driverParameters(params map[string]any) (map[string]any, error) {
	if params == nil {
		return nil, nil
	}
	converted := make(map[string]any, len(params))
	for name, value := range params {
		v, err := driverValue(name, value)
		if err != nil {
			return nil, err
		}
		converted[name] = v
	}
	return converted, nil
}

// driverValue converts one value of the parameter called name, which the
// error message reports.
func driverValue(name string, value any) (any, error) {
	switch v := value.(type) {
	case json.Number:
		if n, err := v.Int64(); err == nil {
			return n, nil
		}
		f, err := v.Float64()
		if err != nil {
			invalid := typesystem.NewError(typesystem.KindInvalidParameter, "parameters",
				"The analyst query parameter %s holds the number %s, which is outside the range of a 64-bit float", name, v)
			invalid.UserAction = "Send the number as a string and convert it in the query, or send a smaller number."
			return nil, invalid
		}
		return f, nil
	case []any:
		list := make([]any, len(v))
		for i, element := range v {
			converted, err := driverValue(name, element)
			if err != nil {
				return nil, err
			}
			list[i] = converted
		}
		return list, nil
	case map[string]any:
		converted := make(map[string]any, len(v))
		for key, element := range v {
			convertedElement, err := driverValue(name, element)
			if err != nil {
				return nil, err
			}
			converted[key] = convertedElement
		}
		return converted, nil
	}
	return value, nil
}

// writeAnalystError writes err as an analyst error body. Errors that are not
// a *typesystem.Error get a generic message, and the causes of server-side
// failures go to the log only.
func (s *Server) writeAnalystError(c *call, err error) error {
	var omrsErr *typesystem.Error
	known := errors.As(err, &omrsErr)
	if !known {
		omrsErr = typesystem.NewError(typesystem.KindRepositoryError, "",
			"Repository server %s could not complete the analyst query because of an internal error", s.cfg.ServerName)
	}
	if !known || isServerFault(omrsErr.Kind) {
		s.logger.WithFields(c.logFields).WithError(err).Error("analyst query failed")
	}

	status := omrsErr.Kind.HTTPCode()
	var serverErr *unknownServerError
	var pathErr *analystPathError
	if errors.As(err, &serverErr) || errors.As(err, &pathErr) {
		status = http.StatusNotFound
	}
	detail := analystErrorDetail{
		ExceptionClassName: omrsErr.Kind.ClassName(s.cfg.LegacyExceptionPackage),
		Message:            omrsErr.Message,
		UserAction:         omrsErr.UserAction,
	}
	if omrsErr.Kind.CarriesParameterName() {
		detail.ParameterName = omrsErr.ParameterName
	}
	return writeJSON(c.echo, status, analystErrorBody{Error: detail})
}

// logAnalystCall writes one Debug line per request. The graph layer logs the
// query text.
func (s *Server) logAnalystCall(c *call, start time.Time, result *graph.QueryResult, err error) {
	entry := s.logger.WithFields(c.logFields).
		WithField("durationMs", time.Since(start).Milliseconds())
	if err != nil {
		entry = entry.WithField("outcome", exceptionKindName(err))
	} else {
		entry = entry.WithFields(logrus.Fields{"rows": len(result.Rows), "truncated": result.Truncated})
	}
	entry.Debug("analyst request")
}
