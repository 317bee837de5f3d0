package handlers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// writeJSON writes HTTP status code with v encoded as the JSON body.
func writeJSON(c echo.Context, code int, v any) error {
	body, err := marshalNoEscape(v)
	if err != nil {
		return fmt.Errorf("encode %T: %w", v, err)
	}
	return c.JSONBlob(code, body)
}

// marshalNoEscape encodes v like json.Marshal but leaves <, > and & as they
// are, which keeps type names such as map<string,string> readable.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// writeSuccess writes the HTTP 200 response of a completed operation,
// echoing the request's requestId.
func writeSuccess(c *call, resp typesystem.Response) error {
	if resp.Class() != c.class {
		return fmt.Errorf("write %s response: operation built a %s", c.class, resp.Class())
	}
	resp.Envelope().RequestID = c.requestID
	resp.Envelope().RelatedHTTPCode = http.StatusOK
	return writeJSON(c.echo, http.StatusOK, resp)
}
