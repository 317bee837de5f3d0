package handlers

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// historyCase is one successful call of a /history/all operation.
type historyCase struct {
	name     string
	path     string // relative to testBase
	body     string
	class    string // response class
	member   string // response member that holds the versions
	element  string // "class" of each version
	call     string // stub method the handler must call
	args     []any  // arguments the stub must receive after userID
	offset   int    // offset the response must echo
	pageSize int    // pageSize the response must echo
}

func TestHistoryCallsRepository(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	rel := "/instances/relationship/" + knownRelationshipGUID
	classification := entity + "/classification/Confidentiality"
	backwards := &typesystem.HistoryRangeRequest{SequencingOrder: typesystem.HistoryBackwards}

	runHistoryCases(t, []historyCase{
		{
			name: "entity history with range and paging", path: entity + "/history/all",
			body: requestBody("HistoryRangeRequest", `"fromTime":1000`, `"toTime":2000`, `"offset":1`, `"pageSize":2`,
				`"sequencingOrder":"FORWARDS"`),
			class: classEntityList, member: "entities", element: "EntityDetail", call: "GetEntityDetailHistory",
			args: []any{knownEntityGUID, &typesystem.HistoryRangeRequest{RequestID: testRequestID,
				FromTime: typesystem.NewMillis(1000), ToTime: typesystem.NewMillis(2000), Offset: 1, PageSize: 2,
				SequencingOrder: typesystem.HistoryForwards}},
			offset: 1, pageSize: 2,
		},
		{
			name: "entity history without body", path: entity + "/history/all",
			class: classEntityList, member: "entities", element: "EntityDetail", call: "GetEntityDetailHistory",
			args: []any{knownEntityGUID, backwards},
		},
		{
			name: "entity history defaults to BACKWARDS", path: entity + "/history/all",
			body:  requestBody("HistoryRangeRequest", `"pageSize":5`),
			class: classEntityList, member: "entities", element: "EntityDetail", call: "GetEntityDetailHistory",
			args: []any{knownEntityGUID, &typesystem.HistoryRangeRequest{RequestID: testRequestID, PageSize: 5,
				SequencingOrder: typesystem.HistoryBackwards}},
			pageSize: 5,
		},
		{
			name: "entity history with ISO times", path: entity + "/history/all",
			body:  `{"fromTime":"2024-07-02T09:25:45.678Z","toTime":null}`,
			class: classEntityList, member: "entities", element: "EntityDetail", call: "GetEntityDetailHistory",
			args: []any{knownEntityGUID, &typesystem.HistoryRangeRequest{FromTime: typesystem.NewMillis(1719912345678),
				SequencingOrder: typesystem.HistoryBackwards}},
		},
		{
			name: "relationship history with paging", path: rel + "/history/all",
			body:  requestBody("HistoryRangeRequest", `"offset":3`, `"pageSize":10`, `"sequencingOrder":"BACKWARDS"`),
			class: classRelationshipList, member: "relationships", element: "Relationship", call: "GetRelationshipHistory",
			args: []any{knownRelationshipGUID, &typesystem.HistoryRangeRequest{RequestID: testRequestID, Offset: 3, PageSize: 10,
				SequencingOrder: typesystem.HistoryBackwards}},
			offset: 3, pageSize: 10,
		},
		{
			name: "relationship history without body", path: rel + "/history/all",
			class: classRelationshipList, member: "relationships", element: "Relationship", call: "GetRelationshipHistory",
			args: []any{knownRelationshipGUID, backwards},
		},
		{
			name: "classification history with range", path: classification + "/history/all",
			body: requestBody("HistoryRangeRequest", `"toTime":2000`, `"offset":2`, `"pageSize":4`,
				`"sequencingOrder":"FORWARDS"`),
			class: classClassificationList, member: "classifications", element: "Classification", call: "GetClassificationHistory",
			args: []any{knownEntityGUID, "Confidentiality", &typesystem.HistoryRangeRequest{RequestID: testRequestID,
				ToTime: typesystem.NewMillis(2000), Offset: 2, PageSize: 4, SequencingOrder: typesystem.HistoryForwards}},
			offset: 2, pageSize: 4,
		},
		{
			name: "classification history without body", path: entity + "/classification/Data%20Owner/history/all",
			class: classClassificationList, member: "classifications", element: "Classification", call: "GetClassificationHistory",
			args: []any{knownEntityGUID, "Data Owner", backwards},
		},
	})
}

// runHistoryCases sends each case and checks the versions, the paging echo
// and the stub call, including the request id the context carried.
func runHistoryCases(t *testing.T, cases []historyCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			wantRequestID := ""
			if strings.Contains(tt.body, testRequestID) {
				wantRequestID = testRequestID
			}

			rec := env.do(t, http.MethodPost, testBase+tt.path, tt.body)
			m := okBody(t, rec, tt.class)
			if wantRequestID != "" {
				require.Equal(t, wantRequestID, m["requestId"])
			}
			versions, ok := m[tt.member].([]any)
			require.True(t, ok, "response body: %s", rec.Body.String())
			require.Len(t, versions, 2)
			require.Equal(t, tt.element, versions[0].(map[string]any)["class"])
			require.Equal(t, json.Number("2"), versions[0].(map[string]any)["version"])
			require.Equal(t, json.Number("1"), versions[1].(map[string]any)["version"])
			require.Equal(t, json.Number(strconv.Itoa(tt.offset)), m["offset"])
			require.Equal(t, json.Number(strconv.Itoa(tt.pageSize)), m["pageSize"])

			got := env.repo.lastCall()
			require.Equal(t, tt.call, got.method)
			require.Equal(t, testUser, got.userID)
			require.Equal(t, wantRequestID, got.requestID)
			require.Equal(t, tt.args, got.args)
		})
	}
}

func TestHistoryWithoutVersionsOmitsList(t *testing.T) {
	paged := requestBody("HistoryRangeRequest", `"offset":4`, `"pageSize":7`)
	tests := []struct {
		name   string
		path   string
		class  string
		member string
		call   string
	}{
		{"entity", "/instances/entity/" + unchangedGUID + "/history/all", classEntityList, "entities", "GetEntityDetailHistory"},
		{"relationship", "/instances/relationship/" + unchangedGUID + "/history/all", classRelationshipList, "relationships", "GetRelationshipHistory"},
		{"classification", "/instances/entity/" + unchangedGUID + "/classification/Confidentiality/history/all",
			classClassificationList, "classifications", "GetClassificationHistory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})

			rec := env.do(t, http.MethodPost, testBase+tt.path, paged)
			m := okBody(t, rec, tt.class)
			require.NotContains(t, m, tt.member)
			require.Equal(t, json.Number("0"), m["offset"])
			require.Equal(t, json.Number("0"), m["pageSize"])
			require.Equal(t, tt.call, env.repo.lastCall().method)
		})
	}
}

func TestUndoCallsRepository(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	rel := "/instances/relationship/" + knownRelationshipGUID

	runOpCases(t, []opCase{
		{
			name: "undo entity update", path: entity + "/previous", body: requestBody("GetRequest"),
			class: classEntityDetail, payload: "entity", call: "UndoEntityUpdate", args: []any{knownEntityGUID},
		},
		{
			name: "undo entity update without body", path: entity + "/previous",
			class: classEntityDetail, payload: "entity", call: "UndoEntityUpdate", args: []any{knownEntityGUID},
		},
		{
			name: "undo entity update with GET", method: http.MethodGet, path: entity + "/previous",
			class: classEntityDetail, payload: "entity", call: "UndoEntityUpdate", args: []any{knownEntityGUID},
		},
		{
			name: "undo relationship update", path: rel + "/previous", body: requestBody("GetRequest"),
			class: classRelationship, payload: "relationship", call: "UndoRelationshipUpdate", args: []any{knownRelationshipGUID},
		},
		{
			name: "undo relationship update without body", path: rel + "/previous",
			class: classRelationship, payload: "relationship", call: "UndoRelationshipUpdate", args: []any{knownRelationshipGUID},
		},
		{
			name: "undo relationship update with GET", method: http.MethodGet, path: rel + "/previous",
			class: classRelationship, payload: "relationship", call: "UndoRelationshipUpdate", args: []any{knownRelationshipGUID},
		},
	})
}

func TestUndoWithoutEarlierVersion(t *testing.T) {
	tests := []struct {
		name    string
		method  string
		path    string
		class   string
		payload string
		call    string
	}{
		{"entity", http.MethodPost, "/instances/entity/" + unchangedGUID + "/previous", classEntityDetail, "entity", "UndoEntityUpdate"},
		{"entity with GET", http.MethodGet, "/instances/entity/" + unchangedGUID + "/previous", classEntityDetail, "entity", "UndoEntityUpdate"},
		{"relationship", http.MethodPost, "/instances/relationship/" + unchangedGUID + "/previous", classRelationship, "relationship", "UndoRelationshipUpdate"},
		{"relationship with GET", http.MethodGet, "/instances/relationship/" + unchangedGUID + "/previous", classRelationship, "relationship", "UndoRelationshipUpdate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})

			rec := env.do(t, tt.method, testBase+tt.path, "")
			m := okBody(t, rec, tt.class)
			require.NotContains(t, m, tt.payload)

			got := env.repo.lastCall()
			require.Equal(t, tt.call, got.method)
			require.Equal(t, []any{unchangedGUID}, got.args)
		})
	}
}

func TestHistoryRejectsBadRequests(t *testing.T) {
	entity := "/instances/entity/" + knownEntityGUID
	rel := "/instances/relationship/" + knownRelationshipGUID
	classification := entity + "/classification/Confidentiality"
	notSupported := omrsFFDC + "FunctionNotSupportedException"

	runOpErrorCases(t, []opErrorCase{
		{name: "entity history with invalid JSON", path: entity + "/history/all", body: `{"fromTime":`,
			class: classEntityList, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "entity history with unknown order", path: entity + "/history/all", body: `{"sequencingOrder":"SIDEWAYS"}`,
			class: classEntityList, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "entity history with boolean time", path: entity + "/history/all", body: `{"toTime":true}`,
			class: classEntityList, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "entity history with empty guid", path: "/instances/entity//history/all",
			class: classEntityList, exception: ipeHead, code: 400, param: "guid"},
		{name: "relationship history with invalid JSON", path: rel + "/history/all", body: `[1,`,
			class: classRelationshipList, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "relationship history with empty guid", path: "/instances/relationship//history/all",
			class: classRelationshipList, exception: ipeHead, code: 400, param: "guid"},
		{name: "classification history with unknown order", path: classification + "/history/all", body: `{"sequencingOrder":"ANY"}`,
			class: classClassificationList, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "classification history with empty name", path: entity + "/classification//history/all",
			class: classClassificationList, exception: ipeHead, code: 400, param: "classificationName"},
		{name: "undo entity update with invalid JSON", path: entity + "/previous", body: `{"requestId":`,
			class: classEntityDetail, exception: ipeHead, code: 400, param: "requestBody"},
		{name: "undo relationship update with empty guid", path: "/instances/relationship//previous",
			class: classRelationship, exception: ipeHead, code: 400, param: "guid"},

		{name: "history of unknown entity", path: entity + "/history/all",
			class: classEntityList, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "history of entity proxy", path: entity + "/history/all",
			class: classEntityList, exception: omrsFFDC + "EntityProxyOnlyException", code: 400, param: "guid",
			failWith: repoError(typesystem.KindEntityProxyOnly)},
		{name: "entity history with inverted range", path: entity + "/history/all",
			body:  requestBody("HistoryRangeRequest", `"fromTime":2000`, `"toTime":1000`),
			class: classEntityList, exception: ipeHead, code: 400,
			param: typesystem.NewError(typesystem.KindInvalidParameter, "", "").ParameterName, failWith: repoError(typesystem.KindInvalidParameter)},
		{name: "entity history with negative page size", path: entity + "/history/all",
			body:  requestBody("HistoryRangeRequest", `"pageSize":-1`),
			class: classEntityList, exception: omrsFFDC + "PagingErrorException", code: 400, param: "paging",
			failWith: repoError(typesystem.KindPagingError)},
		{name: "entity history not supported", path: entity + "/history/all",
			class: classEntityList, exception: notSupported, code: 501, failWith: repoError(typesystem.KindFunctionNotSupported)},
		{name: "history of unknown relationship", path: rel + "/history/all",
			class: classRelationshipList, exception: omrsFFDC + "RelationshipNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindRelationshipNotKnown)},
		{name: "classification history of unknown entity", path: classification + "/history/all",
			class: classClassificationList, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "classification history not supported", path: classification + "/history/all",
			class: classClassificationList, exception: notSupported, code: 501, failWith: repoError(typesystem.KindFunctionNotSupported)},
		{name: "undo update of unknown entity", path: entity + "/previous",
			class: classEntityDetail, exception: omrsFFDC + "EntityNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindEntityNotKnown)},
		{name: "undo entity update not supported", path: entity + "/previous",
			class: classEntityDetail, exception: notSupported, code: 501, failWith: repoError(typesystem.KindFunctionNotSupported)},
		{name: "undo update of unknown relationship", path: rel + "/previous",
			class: classRelationship, exception: omrsFFDC + "RelationshipNotKnownException", code: 404, param: "guid",
			failWith: repoError(typesystem.KindRelationshipNotKnown)},
		{name: "undo relationship update not supported", path: rel + "/previous",
			class: classRelationship, exception: notSupported, code: 501, failWith: repoError(typesystem.KindFunctionNotSupported)},
	})
}

func TestUndoLegacyGetPassesErrors(t *testing.T) {
	env := newTestEnv(t, Config{})
	env.repo.failWith = repoError(typesystem.KindEntityNotKnown)

	rec := env.do(t, http.MethodGet, testBase+"/instances/entity/"+knownEntityGUID+"/previous", "")
	m := errBody(t, rec, classEntityDetail, omrsFFDC+"EntityNotKnownException", 404)
	require.Equal(t, "undoEntityUpdate", m["actionDescription"])
	require.NotContains(t, m, "entity")
	require.Equal(t, "UndoEntityUpdate", env.repo.lastCall().method)
}
