package handlers

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/sirupsen/logrus"
	"github.com/sirupsen/logrus/hooks/test"
	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

const (
	testServer       = "neo4jstore"
	testUser         = "garygeeke"
	testCollectionID = "9d3a1c52-7b0e-4e5f-8a1b-3c2d1e0f9a87"
	testBase         = "/servers/" + testServer + "/open-metadata/repository-services/users/" + testUser
	testRequestID    = "a3f1c0de-1111-2222-3333-444455556666"

	knownEntityGUID       = "7c1e0f4a-5d22-4b6b-9f0e-2b9e3c1d0a11"
	proxyEntityGUID       = "5b2f9e10-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
	knownRelationshipGUID = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5c"

	ipeHead   = "org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException"
	ipeLegacy = "org.odpi.openmetadata.repositoryservices.ffdc.exception.InvalidParameterException"
	omrsFFDC  = "org.odpi.openmetadata.repositoryservices.ffdc.exception."
)

var (
	registryOnce sync.Once
	registry     *typesystem.Registry
	registryErr  error
)

// archivesDir returns $OMRS_ARCHIVES_DIR or shared/archives next to the
// repository root.
func archivesDir(t testing.TB) string {
	t.Helper()
	if dir := os.Getenv("OMRS_ARCHIVES_DIR"); dir != "" {
		return dir
	}
	_, file, _, ok := runtime.Caller(0)
	require.True(t, ok, "locate the test source file")
	repoRoot := filepath.Dir(filepath.Dir(file))
	return filepath.Join(repoRoot, "..", "shared", "archives")
}

// testRegistry returns a registry loaded from OpenMetadataTypes.omarchive,
// shared by all tests because none of them changes it.
func testRegistry(t testing.TB) *typesystem.Registry {
	t.Helper()
	path := filepath.Join(archivesDir(t), "OpenMetadataTypes.omarchive")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("archive %s is not available (set OMRS_ARCHIVES_DIR): %v", path, err)
	}
	registryOnce.Do(func() {
		archive, err := typesystem.ReadArchiveFile(path)
		if err != nil {
			registryErr = err
			return
		}
		registry = typesystem.NewRegistry()
		registryErr = registry.LoadTypeStore(archive.TypeStore)
	})
	require.NoError(t, registryErr)
	return registry
}

// stubRepository serves a fixed entity, proxy and relationship and records
// the arguments of the last instance call.
type stubRepository struct {
	types TypeRegistry

	mu            sync.Mutex
	lastUserID    string
	lastGUID      string
	lastAsOf      *typesystem.Millis
	lastRequestID string // request id the context of the last read carried
	last          repoCall
	lastFind      *typesystem.TypeLimitedHistoricalFindRequest
	failWith      error
	collection    string
	related       []*typesystem.Relationship
	panicOnCall   bool
}

var (
	_ Repository   = (*stubRepository)(nil)
	_ TypeRegistry = (*typesystem.Registry)(nil)
)

func newStubRepository(types TypeRegistry) *stubRepository {
	return &stubRepository{
		types:      types,
		collection: testCollectionID,
		related:    []*typesystem.Relationship{testRelationship()},
	}
}

func (r *stubRepository) record(ctx context.Context, userID, guid string, asOf *typesystem.Millis) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lastUserID, r.lastGUID, r.lastAsOf = userID, guid, asOf
	r.lastRequestID = typesystem.RequestIDFrom(ctx)
	if r.panicOnCall {
		panic("stub repository panics on purpose")
	}
	return r.failWith
}

func (r *stubRepository) MetadataCollectionID() string { return r.collection }
func (r *stubRepository) Types() TypeRegistry          { return r.types }

func (r *stubRepository) IsEntityKnown(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error) {
	if err := r.record(ctx, userID, guid, nil); err != nil {
		return nil, err
	}
	if guid != knownEntityGUID {
		return nil, nil
	}
	return testEntity(), nil
}

func (r *stubRepository) GetEntitySummary(ctx context.Context, userID, guid string) (typesystem.EntitySummaryPayload, error) {
	if err := r.record(ctx, userID, guid, nil); err != nil {
		return nil, err
	}
	switch guid {
	case knownEntityGUID:
		return testEntity(), nil
	case proxyEntityGUID:
		return testProxy(proxyEntityGUID), nil
	}
	return nil, entityNotKnown(guid)
}

func (r *stubRepository) GetEntityDetail(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) (*typesystem.EntityDetail, error) {
	if err := r.record(ctx, userID, guid, asOfTime); err != nil {
		return nil, err
	}
	switch guid {
	case knownEntityGUID:
		return testEntity(), nil
	case proxyEntityGUID:
		return nil, typesystem.NewError(typesystem.KindEntityProxyOnly, "guid",
			"Only a proxy of entity %s is stored", guid)
	}
	return nil, entityNotKnown(guid)
}

func (r *stubRepository) IsRelationshipKnown(ctx context.Context, userID, guid string) (*typesystem.Relationship, error) {
	if err := r.record(ctx, userID, guid, nil); err != nil {
		return nil, err
	}
	if guid != knownRelationshipGUID {
		return nil, nil
	}
	return testRelationship(), nil
}

func (r *stubRepository) GetRelationship(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) (*typesystem.Relationship, error) {
	if err := r.record(ctx, userID, guid, asOfTime); err != nil {
		return nil, err
	}
	if guid != knownRelationshipGUID {
		return nil, typesystem.NewError(typesystem.KindRelationshipNotKnown, "guid",
			"No relationship with GUID %s is stored", guid)
	}
	return testRelationship(), nil
}

func (r *stubRepository) GetRelationshipsForEntity(ctx context.Context, userID, guid string,
	req *typesystem.TypeLimitedHistoricalFindRequest) ([]*typesystem.Relationship, error) {
	if err := r.record(ctx, userID, guid, req.AsOfTime); err != nil {
		return nil, err
	}
	r.mu.Lock()
	r.lastFind = req
	r.mu.Unlock()
	if req.PageSize < 0 {
		return nil, typesystem.NewError(typesystem.KindPagingError, "pageSize",
			"The pageSize %d is negative", req.PageSize)
	}
	if guid != knownEntityGUID {
		return nil, entityNotKnown(guid)
	}
	if req.TypeGUID == "no-such-relationships" {
		return nil, nil
	}
	return r.related, nil
}

func entityNotKnown(guid string) error {
	return typesystem.NewError(typesystem.KindEntityNotKnown, "guid", "No entity with GUID %s is stored", guid)
}

func testHeader(guid, typeName string, category typesystem.TypeDefCategory) typesystem.InstanceHeader {
	var h typesystem.InstanceHeader
	h.GUID = guid
	h.Type = &typesystem.InstanceType{TypeDefCategory: category, TypeDefGUID: "guid-of-" + typeName, TypeDefName: typeName, TypeDefVersion: 1}
	h.InstanceProvenanceType = typesystem.ProvenanceLocalCohort
	h.MetadataCollectionID = testCollectionID
	h.MetadataCollectionName = testServer
	h.Status = typesystem.StatusActive
	h.CreatedBy = testUser
	h.Version = 1
	return h
}

func testEntity() *typesystem.EntityDetail {
	e := &typesystem.EntityDetail{}
	e.InstanceHeader = testHeader(knownEntityGUID, "Asset", typesystem.CategoryEntityDef)
	return e
}

func testProxy(guid string) *typesystem.EntityProxy {
	p := &typesystem.EntityProxy{}
	p.InstanceHeader = testHeader(guid, "Asset", typesystem.CategoryEntityDef)
	return p
}

func testRelationship() *typesystem.Relationship {
	r := &typesystem.Relationship{}
	r.InstanceHeader = testHeader(knownRelationshipGUID, "AssetSchemaType", typesystem.CategoryRelationshipDef)
	r.EntityOneProxy = testProxy(knownEntityGUID)
	r.EntityTwoProxy = testProxy(proxyEntityGUID)
	return r
}

// testEnv is a server under test with its stub repository and captured log.
type testEnv struct {
	server *Server
	repo   *stubRepository
	logs   *test.Hook
}

func newTestEnv(t *testing.T, cfg Config) *testEnv {
	t.Helper()
	repo := newStubRepository(testRegistry(t))
	logger, hook := test.NewNullLogger()
	logger.SetLevel(logrus.DebugLevel)
	if cfg.ServerName == "" {
		cfg.ServerName = testServer
	}
	server, err := New(cfg, repo, logrus.NewEntry(logger))
	require.NoError(t, err)
	return &testEnv{server: server, repo: repo, logs: hook}
}

// do sends one request and returns the recorded response. An empty body
// sends no body at all.
func (e *testEnv) do(t *testing.T, method, target, body string) *httptest.ResponseRecorder {
	t.Helper()
	var reader *strings.Reader
	if body != "" {
		reader = strings.NewReader(body)
	}
	var req *http.Request
	if reader != nil {
		req = httptest.NewRequest(method, target, reader)
		req.Header.Set("Content-Type", "application/json")
	} else {
		req = httptest.NewRequest(method, target, nil)
	}
	rec := httptest.NewRecorder()
	e.server.Handler().ServeHTTP(rec, req)
	return rec
}

// body decodes a JSON response into a generic map, keeping numbers exact.
func body(t *testing.T, rec *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	require.Contains(t, rec.Header().Get("Content-Type"), "application/json")
	dec := json.NewDecoder(bytes.NewReader(rec.Body.Bytes()))
	dec.UseNumber()
	var m map[string]any
	require.NoError(t, dec.Decode(&m), "response body: %s", rec.Body.String())
	return m
}

// okBody checks a success response of the given class and returns its body.
func okBody(t *testing.T, rec *httptest.ResponseRecorder, class string) map[string]any {
	t.Helper()
	require.Equal(t, http.StatusOK, rec.Code)
	m := body(t, rec)
	require.Equal(t, class, m["class"], "response body: %s", rec.Body.String())
	require.Nil(t, m["exceptionClassName"], "response body: %s", rec.Body.String())
	require.Equal(t, json.Number("200"), m["relatedHTTPCode"])
	require.True(t, strings.HasPrefix(rec.Body.String(), `{"class":`), "class is not the first member: %s", rec.Body.String())
	return m
}

// errBody checks an error response of the given class and exception and
// returns its body.
func errBody(t *testing.T, rec *httptest.ResponseRecorder, class, exception string, relatedCode int) map[string]any {
	t.Helper()
	require.Equal(t, http.StatusOK, rec.Code)
	m := body(t, rec)
	require.Equal(t, class, m["class"], "response body: %s", rec.Body.String())
	require.Equal(t, exception, m["exceptionClassName"], "response body: %s", rec.Body.String())
	require.Equal(t, exception, m["exceptionSubclassName"])
	require.Equal(t, json.Number(strconv.Itoa(relatedCode)), m["relatedHTTPCode"])
	require.NotEmpty(t, m["exceptionErrorMessage"])
	require.NotEmpty(t, m["exceptionErrorMessageId"])
	require.True(t, strings.HasPrefix(m["exceptionErrorMessage"].(string), m["exceptionErrorMessageId"].(string)+" "),
		"message %q does not start with its id", m["exceptionErrorMessage"])
	return m
}

func parameterName(m map[string]any) any {
	props, _ := m["exceptionProperties"].(map[string]any)
	return props["parameterName"]
}
