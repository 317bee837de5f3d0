//go:build integration

package integration

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
)

// analystResponse is a response of the analyst endpoint: the HTTP status and
// the decoded body.
type analystResponse struct {
	status int
	body   map[string]any
}

// analystQuery posts body to the analyst endpoint of server, whatever the
// HTTP status of the response.
func (e *env) analystQuery(server string, body any) analystResponse {
	e.t.Helper()
	data, err := json.Marshal(body)
	require.NoError(e.t, err)
	url := fmt.Sprintf("%s/servers/%s/cypher/users/%s", e.server.URL, server, userID)
	response, err := http.Post(url, "application/json", bytes.NewReader(data))
	require.NoError(e.t, err)
	defer response.Body.Close()
	raw, err := io.ReadAll(response.Body)
	require.NoError(e.t, err)
	return analystResponse{status: response.StatusCode, body: decodeGeneric(e.t, raw)}
}

// analystRows runs a query that must succeed and returns the response body.
func (e *env) analystRows(body map[string]any) map[string]any {
	e.t.Helper()
	response := e.analystQuery(serverName, body)
	require.Equal(e.t, http.StatusOK, response.status, "query %v: response %v", body, response.body)
	return response.body
}

// requireAnalystError checks an analyst error response and returns its
// "error" member.
func requireAnalystError(t *testing.T, response analystResponse, status int, class string) map[string]any {
	t.Helper()
	require.Equal(t, status, response.status, "response: %v", response.body)
	detail, ok := response.body["error"].(map[string]any)
	require.True(t, ok, "response has no error object: %v", response.body)
	require.Equal(t, class, detail["exceptionClassName"])
	require.NotEmpty(t, detail["message"])
	return detail
}

// requireNoInternalKeys fails when properties has a key of the repository's
// own records, which start with "_".
func requireNoInternalKeys(t *testing.T, properties map[string]any) {
	t.Helper()
	require.NotEmpty(t, properties)
	for key := range properties {
		require.False(t, strings.HasPrefix(key, "_"), "internal property %s returned", key)
	}
}

const invalidParameterClass = "org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException"

func TestAnalystQueryReadsGraph(t *testing.T) {
	e := newEnv(t)
	e.loadInstances("SimpleAPICatalog.omarchive")

	t.Run("nodes without internal properties", func(t *testing.T) {
		body := e.analystRows(map[string]any{
			"query":      "MATCH (n:Entity) WHERE n.typeName = $typeName RETURN n, n.guid AS guid",
			"parameters": map[string]any{"typeName": "DeployedAPI"},
		})

		require.Equal(t, []any{"n", "guid"}, body["columns"])
		require.Equal(t, false, body["truncated"])
		rows := body["rows"].([]any)
		require.NotEmpty(t, rows)
		for _, row := range rows {
			node := row.([]any)[0].(map[string]any)
			require.NotEmpty(t, node["elementId"])
			require.Subset(t, node["labels"], []any{"Entity", "DeployedAPI", "Asset"})
			properties := node["properties"].(map[string]any)
			requireNoInternalKeys(t, properties)
			require.Equal(t, row.([]any)[1], properties["guid"])
			require.Equal(t, "DeployedAPI", properties["typeName"])
		}
	})

	t.Run("relationships and paths", func(t *testing.T) {
		body := e.analystRows(map[string]any{"query": "MATCH p = (a:Entity)-[r]->(b:Entity) RETURN r, p, a LIMIT 1"})

		row := body["rows"].([]any)[0].([]any)
		relationship := row[0].(map[string]any)
		require.NotEmpty(t, relationship["type"])
		requireNoInternalKeys(t, relationship["properties"].(map[string]any))
		require.Equal(t, row[2].(map[string]any)["elementId"], relationship["startElementId"])
		path := row[1].(map[string]any)
		require.Len(t, path["nodes"], 2)
		require.Equal(t, []any{relationship}, path["relationships"])
		for _, node := range path["nodes"].([]any) {
			requireNoInternalKeys(t, node.(map[string]any)["properties"].(map[string]any))
		}
	})

	t.Run("parameters of each kind", func(t *testing.T) {
		body := e.analystRows(map[string]any{
			"query":      "RETURN $number + 1 AS next, $fraction * 2 AS double, $list AS list, $map.key AS key, $missing IS NULL AS isNull",
			"parameters": map[string]any{"number": 41, "fraction": 0.25, "list": []any{1, "a"}, "map": map[string]any{"key": "v"}, "missing": nil},
		})

		require.Equal(t, []any{[]any{json.Number("42"), json.Number("0.5"), []any{json.Number("1"), "a"}, "v", true}}, body["rows"])
	})

	t.Run("temporal values as ISO text", func(t *testing.T) {
		body := e.analystRows(map[string]any{"query": "RETURN date('2024-01-02') AS d, datetime({epochMillis: 0}) AS t, duration('PT90S') AS p"})

		require.Equal(t, []any{[]any{"2024-01-02", "1970-01-01T00:00:00Z", "P0M0DT90S"}}, body["rows"])
	})

	t.Run("allowed procedure", func(t *testing.T) {
		body := e.analystRows(map[string]any{"query": "CALL db.labels() YIELD label RETURN label ORDER BY label"})

		require.Contains(t, body["rows"], []any{"Entity"})
	})

	t.Run("maxRows truncates", func(t *testing.T) {
		entities := e.count("MATCH (n:Entity) RETURN count(n) AS count", nil)
		require.Greater(t, entities, int64(3))
		query := "MATCH (n:Entity) RETURN n.guid AS guid"

		truncated := e.analystRows(map[string]any{"query": query, "maxRows": 3})
		complete := e.analystRows(map[string]any{"query": query, "maxRows": entities})

		require.Len(t, truncated["rows"], 3)
		require.Equal(t, true, truncated["truncated"])
		require.Len(t, complete["rows"], int(entities))
		require.Equal(t, false, complete["truncated"])
	})
}

func TestAnalystQueryRejectsChanges(t *testing.T) {
	e := newEnv(t)
	e.loadInstances("SimpleAPICatalog.omarchive")
	indexes := "SHOW INDEXES YIELD name RETURN count(name) AS count"

	tests := []struct {
		name        string
		query       string
		wantMessage string
	}{
		{name: "create", query: "CREATE (n:X)", wantMessage: "write-only statement"},
		{name: "set", query: "MATCH (n) SET n.x = 1", wantMessage: "write-only statement"},
		{name: "detach delete", query: "MATCH (n) DETACH DELETE n", wantMessage: "write-only statement"},
		{name: "merge and return", query: "MERGE (n:Entity {guid: 'analyst'}) RETURN n", wantMessage: "read-write statement"},
		{name: "foreach", query: "MATCH (n) FOREACH (x IN [1] | SET n.y = x)", wantMessage: "write-only statement"},
		{name: "create index", query: "CREATE INDEX analyst_probe FOR (n:X) ON (n.y)", wantMessage: "schema-write statement"},
		{name: "load csv", query: "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", wantMessage: "LOAD CSV"},
		{name: "load csv in subquery", query: "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l", wantMessage: "LOAD CSV"},
		{name: "dbms procedure", query: "CALL dbms.components()", wantMessage: `procedure "dbms.components"`},
		{name: "read procedure outside allowlist", query: "CALL db.ping()", wantMessage: `procedure "db.ping"`},
		{name: "write procedure", query: "CALL db.createLabel('Analyst')", wantMessage: `procedure "db.createLabel"`},
		{name: "terminate transactions", query: "TERMINATE TRANSACTIONS 'neo4j-transaction-999999999'", wantMessage: "TerminateTransactions"},
		{name: "show transactions", query: "SHOW TRANSACTIONS", wantMessage: "ShowTransactions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.fingerprint()
			indexesBefore := e.count(indexes, nil)

			response := e.analystQuery(serverName, map[string]any{"query": tt.query})

			detail := requireAnalystError(t, response, http.StatusBadRequest, invalidParameterClass)
			require.Equal(t, "query", detail["parameterName"])
			require.Contains(t, detail["message"], tt.wantMessage)
			require.Equal(t, before, e.fingerprint(), "the graph changed")
			require.Equal(t, indexesBefore, e.count(indexes, nil), "the indexes changed")
		})
	}
}

func TestAnalystQueryReportsInvalidQueries(t *testing.T) {
	e := openEnv(t, true)

	tests := []struct {
		name        string
		body        map[string]any
		parameter   string
		wantMessage []string
	}{
		{
			name:        "syntax error",
			body:        map[string]any{"query": "MATCH (n RETURN n"},
			parameter:   "query",
			wantMessage: []string{"Neo.ClientError.Statement.SyntaxError", `"EXPLAIN" prefix`},
		},
		{
			name:        "missing parameter",
			body:        map[string]any{"query": "RETURN $absent AS value"},
			parameter:   "query",
			wantMessage: []string{"Neo.ClientError.Statement.ParameterMissing", "absent"},
		},
		{
			name:        "unknown procedure",
			body:        map[string]any{"query": "CALL analyst.nothing()"},
			parameter:   "query",
			wantMessage: []string{"analyst.nothing"},
		},
		{
			name:        "subquery in transactions",
			body:        map[string]any{"query": "UNWIND [1, 2] AS i CALL { WITH i RETURN i * 2 AS j } IN TRANSACTIONS RETURN j"},
			parameter:   "query",
			wantMessage: []string{"IN TRANSACTIONS"},
		},
		{
			name:        "empty query",
			body:        map[string]any{"query": "  "},
			parameter:   "query",
			wantMessage: []string{"the query is empty"},
		},
		{
			name:        "negative maxRows",
			body:        map[string]any{"query": "RETURN 1", "maxRows": -1},
			parameter:   "maxRows",
			wantMessage: []string{"maxRows -1"},
		},
		{
			name:        "misspelt member",
			body:        map[string]any{"query": "RETURN $x", "params": map[string]any{"x": 1}},
			parameter:   "requestBody",
			wantMessage: []string{`unknown field "params"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			response := e.analystQuery(serverName, tt.body)

			detail := requireAnalystError(t, response, http.StatusBadRequest, invalidParameterClass)
			require.Equal(t, tt.parameter, detail["parameterName"])
			for _, want := range tt.wantMessage {
				require.Contains(t, detail["message"], want)
			}
		})
	}

	t.Run("unknown server", func(t *testing.T) {
		response := e.analystQuery("another-server", map[string]any{"query": "RETURN 1"})

		detail := requireAnalystError(t, response, http.StatusNotFound, invalidParameterClass)
		require.Equal(t, "serverName", detail["parameterName"])
	})
}

func TestAnalystQueryTimeout(t *testing.T) {
	e := openEnvWith(t, true, func(cfg *graph.Config) { cfg.AnalystQueryTimeout = 200 * time.Millisecond })

	response := e.analystQuery(serverName, map[string]any{
		"query": "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 12 RETURN count(x) AS count",
	})

	detail := requireAnalystError(t, response, http.StatusServiceUnavailable,
		"org.odpi.openmetadata.repositoryservices.ffdc.exception.RepositoryTimeoutException")
	require.Contains(t, detail["message"], "timeout of 200ms")
}
