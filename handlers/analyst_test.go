package handlers

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/sirupsen/logrus"
	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

const analystTarget = "/servers/" + testServer + "/cypher/users/" + testUser

// analystError checks an analyst error response and returns its "error"
// member.
func analystError(t *testing.T, rec *httptest.ResponseRecorder, status int, exceptionClass string) map[string]any {
	t.Helper()
	require.Equal(t, status, rec.Code, "response body: %s", rec.Body.String())
	m := body(t, rec)
	detail, ok := m["error"].(map[string]any)
	require.True(t, ok, "response has no error object: %s", rec.Body.String())
	require.Equal(t, exceptionClass, detail["exceptionClassName"])
	require.NotEmpty(t, detail["message"])
	return detail
}

func TestAnalystQueryReturnsRows(t *testing.T) {
	env := newTestEnv(t, Config{})
	request := `{"query": "MATCH (n) WHERE n.name = $name RETURN n", "maxRows": 10,
		"parameters": {"name": "sales", "whole": 5, "fraction": 1.5, "big": 1e3, "list": [1, 2.5, "x"], "map": {"k": 3}, "none": null, "flag": true}}`

	rec := env.do(t, http.MethodPost, analystTarget, request)

	require.Equal(t, http.StatusOK, rec.Code, "response body: %s", rec.Body.String())
	require.JSONEq(t, `{"columns": ["n", "count"], "rows": [[{"elementId": "4:db:1", "labels": ["Asset"]}, 2]], "truncated": true}`,
		rec.Body.String())
	got := env.repo.lastCall()
	require.Equal(t, "ReadOnlyQuery", got.method)
	require.Equal(t, testUser, got.userID)
	wantParams := map[string]any{
		"name": "sales", "whole": int64(5), "fraction": 1.5, "big": 1000.0,
		"list": []any{int64(1), 2.5, "x"}, "map": map[string]any{"k": int64(3)}, "none": nil, "flag": true,
	}
	require.Equal(t, []any{"MATCH (n) WHERE n.name = $name RETURN n", wantParams, 10}, got.args)
}

func TestAnalystQueryDefaults(t *testing.T) {
	env := newTestEnv(t, Config{})

	rec := env.do(t, http.MethodPost, analystTarget, `{"query": "RETURN 1"}`)

	require.Equal(t, http.StatusOK, rec.Code)
	require.Equal(t, []any{"RETURN 1", map[string]any(nil), 0}, env.repo.lastCall().args)
}

func TestAnalystQueryWithoutRows(t *testing.T) {
	env := newTestEnv(t, Config{})

	rec := env.do(t, http.MethodPost, analystTarget, `{"query": "`+stubQueryNoRows+`"}`)

	require.Equal(t, http.StatusOK, rec.Code)
	require.JSONEq(t, `{"columns": [], "rows": [], "truncated": false}`, rec.Body.String())
}

func TestAnalystQueryLogsOneDebugLine(t *testing.T) {
	env := newTestEnv(t, Config{})

	rec := env.do(t, http.MethodPost, analystTarget, `{"query": "RETURN 1"}`)

	require.Equal(t, http.StatusOK, rec.Code)
	entries := env.logs.AllEntries()
	require.Len(t, entries, 1)
	require.Equal(t, logrus.DebugLevel, entries[0].Level)
	require.Equal(t, analystOp, entries[0].Data["op"])
	require.Equal(t, testServer, entries[0].Data["serverName"])
	require.Equal(t, testUser, entries[0].Data["userId"])
	require.Equal(t, 1, entries[0].Data["rows"])
	require.Contains(t, entries[0].Data, "durationMs")
}

func TestAnalystQueryRejectsBadRequests(t *testing.T) {
	tests := []struct {
		name        string
		target      string
		body        string
		status      int
		parameter   string
		wantMessage string
	}{
		{name: "unknown server", target: "/servers/other/cypher/users/" + testUser, body: `{"query": "RETURN 1"}`,
			status: http.StatusNotFound, parameter: "serverName", wantMessage: "Server other is not served here"},
		{name: "missing body", target: analystTarget, status: http.StatusBadRequest, parameter: "requestBody", wantMessage: "has no body"},
		{name: "null body", target: analystTarget, body: "null", status: http.StatusBadRequest, parameter: "requestBody", wantMessage: "has no body"},
		{name: "incomplete JSON", target: analystTarget, body: `{"query": `, status: http.StatusBadRequest,
			parameter: "requestBody", wantMessage: "incomplete at offset 9"},
		{name: "malformed JSON", target: analystTarget, body: `{"query": RETURN}`, status: http.StatusBadRequest,
			parameter: "requestBody", wantMessage: "invalid character"},
		{name: "body is an array", target: analystTarget, body: `["RETURN 1"]`, status: http.StatusBadRequest,
			parameter: "requestBody", wantMessage: "JSON array"},
		{name: "misspelt member", target: analystTarget, body: `{"query": "RETURN $x", "params": {"x": 1}}`,
			status: http.StatusBadRequest, parameter: "requestBody", wantMessage: `unknown field "params"`},
		{name: "trailing data", target: analystTarget, body: `{"query": "RETURN 1"} {}`, status: http.StatusBadRequest,
			parameter: "requestBody", wantMessage: "unexpected data after the JSON value"},
		{name: "maxRows not a number", target: analystTarget, body: `{"query": "RETURN 1", "maxRows": "ten"}`,
			status: http.StatusBadRequest, parameter: "requestBody", wantMessage: "maxRows"},
		{name: "maxRows fraction", target: analystTarget, body: `{"query": "RETURN 1", "maxRows": 1.5}`,
			status: http.StatusBadRequest, parameter: "requestBody", wantMessage: "maxRows"},
		{name: "parameters not an object", target: analystTarget, body: `{"query": "RETURN 1", "parameters": [1]}`,
			status: http.StatusBadRequest, parameter: "requestBody", wantMessage: "parameters"},
		{name: "number out of range", target: analystTarget, body: `{"query": "RETURN $x", "parameters": {"x": [1e400]}}`,
			status: http.StatusBadRequest, parameter: "parameters", wantMessage: "parameter x holds the number 1e400"},
		{name: "nested number out of range", target: analystTarget, body: `{"query": "RETURN $x", "parameters": {"x": {"k": -1e400}}}`,
			status: http.StatusBadRequest, parameter: "parameters", wantMessage: "parameter x holds the number -1e400"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})

			rec := env.do(t, http.MethodPost, tt.target, tt.body)

			detail := analystError(t, rec, tt.status, ipeHead)
			require.Equal(t, tt.parameter, detail["parameterName"])
			require.Contains(t, detail["message"], tt.wantMessage)
			require.NotEmpty(t, detail["userAction"])
			require.Empty(t, env.repo.lastCall().method, "the repository was called")
		})
	}
}

func TestAnalystQueryReportsRepositoryErrors(t *testing.T) {
	notReadOnly := typesystem.NewError(typesystem.KindInvalidParameter, "query",
		"Neo4j classifies the query as a read-write statement, but only read-only Cypher is allowed here")
	tests := []struct {
		name        string
		err         error
		status      int
		class       string
		parameter   any
		wantMessage string
		logged      bool
	}{
		{name: "query not read-only", err: notReadOnly, status: http.StatusBadRequest, class: ipeHead, parameter: "query",
			wantMessage: "only read-only Cypher is allowed"},
		{name: "wrapped invalid query", err: errors.Join(errors.New("context"), notReadOnly), status: http.StatusBadRequest,
			class: ipeHead, parameter: "query", wantMessage: "read-write statement"},
		{name: "timeout", err: typesystem.NewError(typesystem.KindRepositoryTimeout, "", "The query ran longer than 30s"),
			status: http.StatusServiceUnavailable, class: omrsFFDC + "RepositoryTimeoutException", wantMessage: "longer than 30s", logged: true},
		{name: "repository error", err: typesystem.NewError(typesystem.KindRepositoryError, "", "Neo4j is not reachable"),
			status: http.StatusInternalServerError, class: omrsFFDC + "RepositoryErrorException", wantMessage: "not reachable", logged: true},
		{name: "untyped error", err: errors.New("driver exploded with secret detail"), status: http.StatusInternalServerError,
			class: omrsFFDC + "RepositoryErrorException", wantMessage: "internal error", logged: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			env.repo.failWith = tt.err

			rec := env.do(t, http.MethodPost, analystTarget, `{"query": "MATCH (n) SET n.x = 1"}`)

			detail := analystError(t, rec, tt.status, tt.class)
			require.Equal(t, tt.parameter, detail["parameterName"])
			require.Contains(t, detail["message"], tt.wantMessage)
			require.NotContains(t, rec.Body.String(), "secret detail")
			errorLines := 0
			for _, entry := range env.logs.AllEntries() {
				if entry.Level == logrus.ErrorLevel {
					errorLines++
					require.Equal(t, analystOp, entry.Data["op"])
				}
			}
			if tt.logged {
				require.Equal(t, 1, errorLines)
			} else {
				require.Zero(t, errorLines)
			}
		})
	}
}

func TestAnalystQueryLegacyExceptionPackage(t *testing.T) {
	env := newTestEnv(t, Config{LegacyExceptionPackage: true})

	rec := env.do(t, http.MethodPost, analystTarget, "")

	analystError(t, rec, http.StatusBadRequest, ipeLegacy)
}

func TestAnalystQueryPanicBecomesServerError(t *testing.T) {
	env := newTestEnv(t, Config{})
	env.repo.panicOnCall = true

	rec := env.do(t, http.MethodPost, analystTarget, `{"query": "RETURN 1"}`)

	detail := analystError(t, rec, http.StatusInternalServerError, omrsFFDC+"RepositoryErrorException")
	require.Contains(t, detail["message"], "internal error")
	require.NotContains(t, rec.Body.String(), "on purpose")
}

func TestAnalystQueryNilResultIsServerError(t *testing.T) {
	env := newTestEnv(t, Config{})

	rec := env.do(t, http.MethodPost, analystTarget, `{"query": "`+stubQueryNilResult+`"}`)

	analystError(t, rec, http.StatusInternalServerError, omrsFFDC+"RepositoryErrorException")
}

func TestAnalystQueryRouting(t *testing.T) {
	tests := []struct {
		name   string
		method string
		target string
		status int
	}{
		{name: "GET not allowed", method: http.MethodGet, target: analystTarget, status: http.StatusMethodNotAllowed},
		{name: "not under OMRS base", method: http.MethodPost, target: testBase + "/cypher", status: http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})

			rec := env.do(t, tt.method, tt.target, `{"query": "RETURN 1"}`)

			require.Equal(t, tt.status, rec.Code, "response body: %s", rec.Body.String())
			require.Empty(t, env.repo.lastCall().method)
		})
	}
}

func TestAnalystQueryExtraSegmentNotFound(t *testing.T) {
	env := newTestEnv(t, Config{})

	rec := env.do(t, http.MethodPost, analystTarget+"/more", `{"query": "RETURN 1"}`)

	detail := analystError(t, rec, http.StatusNotFound, ipeHead)
	require.Equal(t, "path", detail["parameterName"])
	require.Contains(t, detail["message"], "/cypher/users/"+testUser+"/more")
	require.Empty(t, env.repo.lastCall().method)
}

func TestAnalystQueryDecodesUserID(t *testing.T) {
	tests := []struct {
		name    string
		escaped string
		want    string
	}{
		{name: "escaped space", escaped: "gary%20geeke", want: "gary geeke"},
		{name: "escaped slash", escaped: "gary%2Fgeeke", want: "gary/geeke"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})

			rec := env.do(t, http.MethodPost, "/servers/"+testServer+"/cypher/users/"+tt.escaped, `{"query": "RETURN 1"}`)

			require.Equal(t, http.StatusOK, rec.Code, "response body: %s", rec.Body.String())
			require.Equal(t, tt.want, env.repo.lastCall().userID)
			var response analystResponse
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &response))
			require.Equal(t, []string{"n", "count"}, response.Columns)
		})
	}
}
