//go:build integration

package integration

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/sirupsen/logrus"
	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
	"github.com/omrs-neo4j/omrs-neo4j/handlers"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

const (
	serverName = "omrs-neo4j"
	userID     = "garygeeke"
)

// archivesDir returns the folder of Egeria's sample archives: OMRS_ARCHIVES_DIR
// when set, else shared/archives beside the repository.
func archivesDir(t testing.TB) string {
	if dir := os.Getenv("OMRS_ARCHIVES_DIR"); dir != "" {
		return dir
	}
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "shared", "archives")
}

// archivePath returns the path of one sample archive.
func archivePath(t testing.TB, name string) string {
	path := filepath.Join(archivesDir(t), name)
	_, err := os.Stat(path)
	require.NoError(t, err, "sample archive %s not found; set OMRS_ARCHIVES_DIR to the folder of Egeria's .omarchive files", name)
	return path
}

func readArchive(t testing.TB, name string) *typesystem.Archive {
	archive, err := typesystem.ReadArchiveFile(archivePath(t, name))
	require.NoError(t, err)
	return archive
}

// env is one repository under test: a Store on the shared Neo4j and the REST
// server in front of it.
type env struct {
	t      testing.TB
	ctx    context.Context
	store  *graph.Store
	server *httptest.Server
	driver neo4j.DriverWithContext
}

// newEnv empties the database, opens a repository on it and loads the open
// metadata types.
func newEnv(t testing.TB) *env {
	e := openEnv(t, true)
	e.loadTypes("OpenMetadataTypes.omarchive")
	return e
}

// openEnv opens a repository on the shared Neo4j, emptying it first when
// wipe is true.
func openEnv(t testing.TB, wipe bool) *env {
	t.Helper()
	return openEnvWith(t, wipe, nil)
}

// openEnvWith is openEnv with a hook that may change the store's
// configuration.
func openEnvWith(t testing.TB, wipe bool, configure func(*graph.Config)) *env {
	t.Helper()
	ctx := context.Background()
	driver, err := neo.NewDriver(ctx)
	require.NoError(t, err)
	t.Cleanup(func() { driver.Close(ctx) })
	if wipe {
		_, err = neo4j.ExecuteQuery(ctx, driver, "MATCH (n) DETACH DELETE n", nil, neo4j.EagerResultTransformer)
		require.NoError(t, err)
	}

	cfg := graph.DefaultConfig()
	cfg.URI, cfg.User, cfg.Password = neo.URI, neo.User, neo.Password
	cfg.Logger = testLogger(t)
	if configure != nil {
		configure(&cfg)
	}
	store, err := graph.Open(ctx, cfg, typesystem.NewRegistry())
	require.NoError(t, err)
	t.Cleanup(func() { store.Close(ctx) })

	server, err := handlers.New(handlers.Config{ServerName: serverName}, newRepository(store), cfg.Logger)
	require.NoError(t, err)
	httpServer := httptest.NewServer(server.Handler())
	t.Cleanup(httpServer.Close)
	return &env{t: t, ctx: ctx, store: store, server: httpServer, driver: driver}
}

func testLogger(t testing.TB) *logrus.Entry {
	log := logrus.New()
	log.SetOutput(io.Discard)
	if os.Getenv("OMRS_TEST_LOG") != "" {
		log.SetOutput(os.Stderr)
		log.SetLevel(logrus.DebugLevel)
	}
	return logrus.NewEntry(log)
}

func (e *env) loadTypes(name string) {
	e.t.Helper()
	_, err := e.store.LoadTypes(e.ctx, readArchive(e.t, name).TypeStore)
	require.NoError(e.t, err)
}

// loadInstances loads an archive's instances and returns the statistics.
func (e *env) loadInstances(name string) *graph.LoadStats {
	e.t.Helper()
	stats, err := e.store.LoadInstances(e.ctx, readArchive(e.t, name), nil)
	require.NoError(e.t, err)
	return stats
}

// url returns the URL of an operation path below the OMRS base path.
func (e *env) url(path string) string {
	return fmt.Sprintf("%s/servers/%s/open-metadata/repository-services/users/%s%s", e.server.URL, serverName, userID, path)
}

// post sends body (a Go value, or raw bytes sent as they are) and decodes
// the JSON response, keeping numbers exact.
func (e *env) post(path string, body any) map[string]any {
	e.t.Helper()
	return e.do(http.MethodPost, e.url(path), body)
}

func (e *env) do(method, url string, body any) map[string]any {
	e.t.Helper()
	var reader io.Reader
	switch b := body.(type) {
	case nil:
	case []byte:
		reader = bytes.NewReader(b)
	default:
		data, err := json.Marshal(b)
		require.NoError(e.t, err)
		reader = bytes.NewReader(data)
	}
	request, err := http.NewRequest(method, url, reader)
	require.NoError(e.t, err)
	request.Header.Set("Content-Type", "application/json")
	response, err := http.DefaultClient.Do(request)
	require.NoError(e.t, err)
	defer response.Body.Close()
	data, err := io.ReadAll(response.Body)
	require.NoError(e.t, err)
	require.Equal(e.t, http.StatusOK, response.StatusCode, "HTTP status of %s %s: body %s", method, url, data)
	return decodeGeneric(e.t, data)
}

func decodeGeneric(t testing.TB, data []byte) map[string]any {
	t.Helper()
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	var out map[string]any
	require.NoError(t, decoder.Decode(&out), "response is not a JSON object: %s", data)
	return out
}

// requireException checks that a response carries the named OMRS exception.
func requireException(t testing.TB, response map[string]any, class string, httpCode int) {
	t.Helper()
	require.Equal(t, "org.odpi.openmetadata.repositoryservices.ffdc.exception."+class, response["exceptionClassName"], "response: %v", response)
	require.Equal(t, json.Number(fmt.Sprint(httpCode)), response["relatedHTTPCode"])
	require.NotEmpty(t, response["exceptionErrorMessage"])
}

// requireInvalidParameter checks for an InvalidParameterException naming
// parameterName.
func requireInvalidParameter(t testing.TB, response map[string]any, parameterName string) {
	t.Helper()
	require.Equal(t, "org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException", response["exceptionClassName"], "response: %v", response)
	properties, _ := response["exceptionProperties"].(map[string]any)
	require.Equal(t, parameterName, properties["parameterName"], "response: %v", response)
}

// fingerprint returns every node and edge in the database with all labels
// and properties, in a stable order, so two calls can show that nothing
// stored changed.
func (e *env) fingerprint() []string {
	e.t.Helper()
	var lines []string
	for _, statement := range []string{
		"MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
		"MATCH (a)-[r]->(b) RETURN [type(r), a.guid, b.guid] AS labels, properties(r) AS props",
	} {
		result, err := neo4j.ExecuteQuery(e.ctx, e.driver, statement, nil, neo4j.EagerResultTransformer)
		require.NoError(e.t, err)
		for _, record := range result.Records {
			labels, _ := record.Get("labels")
			props, _ := record.Get("props")
			sortable, ok := labels.([]any)
			if ok && statement[7] == 'n' {
				sort.Slice(sortable, func(i, j int) bool { return fmt.Sprint(sortable[i]) < fmt.Sprint(sortable[j]) })
			}
			data, err := json.Marshal([]any{sortable, props})
			require.NoError(e.t, err)
			lines = append(lines, string(data))
		}
	}
	sort.Strings(lines)
	return lines
}

// count runs a counting statement directly against Neo4j.
func (e *env) count(statement string, params map[string]any) int64 {
	e.t.Helper()
	result, err := neo4j.ExecuteQuery(e.ctx, e.driver, statement, params, neo4j.EagerResultTransformer)
	require.NoError(e.t, err)
	require.Len(e.t, result.Records, 1)
	value, _, err := neo4j.GetRecordValue[int64](result.Records[0], "count")
	require.NoError(e.t, err)
	return value
}
