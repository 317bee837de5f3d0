package handlers

import (
	"encoding/json"
	"net/http"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func TestEntityReads(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	unknown := "/instances/entity/00000000-0000-0000-0000-000000000000"
	tests := []struct {
		name      string
		method    string
		path      string
		body      string
		class     string
		entity    string // "class" of the returned entity; empty when absent
		exception string
		code      int
		asOf      *typesystem.Millis
	}{
		{"existence of a stored entity", http.MethodPost, entity + "/existence", `{"class":"GetRequest"}`, classEntityDetail, "EntityDetail", "", 0, nil},
		{"existence of an unknown entity omits it", http.MethodPost, unknown + "/existence", "", classEntityDetail, "", "", 0, nil},
		{"existence with GET", http.MethodGet, entity + "/existence", "", classEntityDetail, "EntityDetail", "", 0, nil},
		{"summary of an entity", http.MethodPost, entity + "/summary", "", classEntitySummary, "EntityDetail", "", 0, nil},
		{"summary of a proxy", http.MethodPost, "/instances/entity/" + proxyEntityGUID + "/summary", "", classEntitySummary, "EntityProxy", "", 0, nil},
		{"summary of an unknown entity", http.MethodGet, unknown + "/summary", "", classEntitySummary, "", omrsFFDC + "EntityNotKnownException", 404, nil},
		{"detail of an entity", http.MethodPost, entity, `{"class":"GetRequest"}`, classEntityDetail, "EntityDetail", "", 0, nil},
		{"detail with GET", http.MethodGet, entity, "", classEntityDetail, "EntityDetail", "", 0, nil},
		{"detail of an unknown entity", http.MethodPost, unknown, "", classEntityDetail, "", omrsFFDC + "EntityNotKnownException", 404, nil},
		{"detail of a proxy", http.MethodPost, "/instances/entity/" + proxyEntityGUID, "", classEntityDetail, "", omrsFFDC + "EntityProxyOnlyException", 400, nil},
		{"detail as of a time", http.MethodPost, entity + "/history", `{"class":"HistoryRequest","asOfTime":1719912345678}`, classEntityDetail, "EntityDetail", "", 0, typesystem.NewMillis(1719912345678)},
		{"detail as of an ISO time", http.MethodPost, entity + "/history", `{"asOfTime":"2024-07-02T09:25:45.678Z"}`, classEntityDetail, "EntityDetail", "", 0, typesystem.NewMillis(1719912345678)},
		{"detail on the history path without asOfTime means now", http.MethodPost, entity + "/history", `{"class":"HistoryRequest"}`, classEntityDetail, "EntityDetail", "", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			rec := env.do(t, tt.method, testBase+tt.path, tt.body)
			require.Equal(t, testUser, env.repo.lastUserID)
			require.Equal(t, tt.asOf, env.repo.lastAsOf)
			if tt.exception != "" {
				m := errBody(t, rec, tt.class, tt.exception, tt.code)
				require.Equal(t, "guid", parameterName(m))
				require.NotContains(t, m, "entity")
				return
			}
			m := okBody(t, rec, tt.class)
			if tt.entity == "" {
				require.NotContains(t, m, "entity")
				return
			}
			require.Equal(t, tt.entity, m["entity"].(map[string]any)["class"])
		})
	}
}

func TestRelationshipReads(t *testing.T) {
	rel := "/instances/relationship/" + knownRelationshipGUID
	unknown := "/instances/relationship/00000000-0000-0000-0000-000000000000"
	tests := []struct {
		name      string
		method    string
		path      string
		body      string
		found     bool
		exception string
		asOf      *typesystem.Millis
	}{
		{"existence of a stored relationship", http.MethodPost, rel + "/existence", "", true, "", nil},
		{"existence of an unknown relationship omits it", http.MethodGet, unknown + "/existence", "", false, "", nil},
		{"relationship", http.MethodPost, rel, `{"class":"GetRequest"}`, true, "", nil},
		{"relationship with GET", http.MethodGet, rel, "", true, "", nil},
		{"unknown relationship", http.MethodPost, unknown, "", false, omrsFFDC + "RelationshipNotKnownException", nil},
		{"relationship as of a time", http.MethodPost, rel + "/history", `{"asOfTime":1000}`, true, "", typesystem.NewMillis(1000)},
		{"relationship history path needs a body", http.MethodPost, rel + "/history", "", false, ipeHead, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			rec := env.do(t, tt.method, testBase+tt.path, tt.body)
			require.Equal(t, tt.asOf, env.repo.lastAsOf)
			if tt.exception != "" {
				code := 404
				if tt.exception == ipeHead {
					code = 400
				}
				m := errBody(t, rec, classRelationship, tt.exception, code)
				require.NotContains(t, m, "relationship")
				return
			}
			m := okBody(t, rec, classRelationship)
			if !tt.found {
				require.NotContains(t, m, "relationship")
				return
			}
			got := m["relationship"].(map[string]any)
			require.Equal(t, "Relationship", got["class"])
			require.Equal(t, "EntityProxy", got["entityOneProxy"].(map[string]any)["class"])
		})
	}
}

func TestRelationshipsForEntity(t *testing.T) {
	path := "/instances/entity/" + knownEntityGUID + "/relationships"
	tests := []struct {
		name     string
		path     string
		body     string
		count    int
		offset   int
		pageSize int
		asOf     *typesystem.Millis
	}{
		{"first page echoes paging", path, `{"class":"TypeLimitedFindRequest","offset":0,"pageSize":25,"typeGUID":"t-1","sequencingOrder":"GUID","limitResultsByStatus":["ACTIVE"]}`, 1, 0, 25, nil},
		{"later page echoes offset", path, `{"offset":5,"pageSize":5}`, 1, 5, 5, nil},
		{"no match omits the list and zeroes paging", path, `{"offset":5,"pageSize":5,"typeGUID":"no-such-relationships"}`, 0, 0, 0, nil},
		{"asOfTime on the current path is ignored", path, `{"asOfTime":1000,"pageSize":3}`, 1, 0, 3, nil},
		{"history path passes asOfTime", path + "/history", `{"class":"TypeLimitedHistoricalFindRequest","asOfTime":1000,"pageSize":3}`, 1, 0, 3, typesystem.NewMillis(1000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			rec := env.do(t, http.MethodPost, testBase+tt.path, tt.body)
			m := okBody(t, rec, classRelationshipList)
			require.Equal(t, json.Number(strconv.Itoa(tt.offset)), m["offset"])
			require.Equal(t, json.Number(strconv.Itoa(tt.pageSize)), m["pageSize"])
			if tt.count == 0 {
				require.NotContains(t, m, "relationships")
			} else {
				require.Len(t, m["relationships"], tt.count)
			}
			require.Equal(t, tt.asOf, env.repo.lastFind.AsOfTime)
			require.Equal(t, knownEntityGUID, env.repo.lastGUID)
		})
	}

	t.Run("request fields reach the repository", func(t *testing.T) {
		env := newTestEnv(t, Config{})
		rec := env.do(t, http.MethodPost, testBase+path,
			`{"typeGUID":"t-1","sequencingOrder":"PROPERTY_ASCENDING","sequencingProperty":"name","limitResultsByStatus":["ACTIVE","DELETED"],"offset":2,"pageSize":9}`)
		okBody(t, rec, classRelationshipList)
		req := env.repo.lastFind
		require.Equal(t, "t-1", req.TypeGUID)
		require.Equal(t, typesystem.SequencingOrder("PROPERTY_ASCENDING"), req.SequencingOrder)
		require.Equal(t, "name", req.SequencingProperty)
		require.Equal(t, []typesystem.InstanceStatus{typesystem.StatusActive, "DELETED"}, req.LimitResultsByStatus)
		require.Equal(t, 2, req.Offset)
		require.Equal(t, 9, req.PageSize)
	})

	errorTests := []struct {
		name      string
		path      string
		body      string
		exception string
		code      int
		param     string
	}{
		{"missing body", path, "", ipeHead, 400, "requestBody"},
		{"negative page size", path, `{"pageSize":-1}`, omrsFFDC + "PagingErrorException", 400, "pageSize"},
		{"unknown entity", "/instances/entity/unknown-guid/relationships", `{}`, omrsFFDC + "EntityNotKnownException", 404, "guid"},
		{"empty guid", "/instances/entity//relationships", `{}`, ipeHead, 400, "guid"},
		{"history without body", path + "/history", "", ipeHead, 400, "requestBody"},
	}
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			rec := env.do(t, http.MethodPost, testBase+tt.path, tt.body)
			m := errBody(t, rec, classRelationshipList, tt.exception, tt.code)
			require.Equal(t, tt.param, parameterName(m))
			require.Equal(t, json.Number("0"), m["offset"])
			require.Equal(t, json.Number("0"), m["pageSize"])
		})
	}
}

func TestGUIDPathValuesAreDecoded(t *testing.T) {
	env := newTestEnv(t, Config{})
	rec := env.do(t, http.MethodPost, testBase+"/instances/entity/a%2Fb%20c/existence", "")
	okBody(t, rec, classEntityDetail)
	require.Equal(t, "a/b c", env.repo.lastGUID)
}

func TestReadsPutRequestIDInContext(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	rel := "/instances/relationship/" + knownRelationshipGUID
	tests := []struct {
		name   string
		method string
		path   string
		body   string
		want   string
	}{
		{"entity existence", http.MethodPost, entity + "/existence", requestBody("GetRequest"), testRequestID},
		{"entity summary", http.MethodPost, entity + "/summary", requestBody("GetRequest"), testRequestID},
		{"entity detail", http.MethodPost, entity, requestBody("GetRequest"), testRequestID},
		{"entity detail as of a time", http.MethodPost, entity + "/history", requestBody("HistoryRequest", `"asOfTime":1000`), testRequestID},
		{"relationship", http.MethodPost, rel, requestBody("GetRequest"), testRequestID},
		{"relationships for entity", http.MethodPost, entity + "/relationships", requestBody("TypeLimitedFindRequest"), testRequestID},
		{"body without requestId", http.MethodPost, entity, `{"class":"GetRequest"}`, ""},
		{"GET without body", http.MethodGet, rel + "/existence", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			rec := env.do(t, tt.method, testBase+tt.path, tt.body)
			require.Equal(t, http.StatusOK, rec.Code)
			require.Equal(t, tt.want, env.repo.lastRequestID)
		})
	}
}
