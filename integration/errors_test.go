//go:build integration

package integration

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestBadInputChangesNothing sends each kind of bad request and checks the
// OMRS exception and that the stored graph is exactly as before.
func TestBadInputChangesNothing(t *testing.T) {
	e := newEnv(t)
	raw := readRawArchive(t, "SimpleAPICatalog.omarchive")
	e.loadInstances("SimpleAPICatalog.omarchive")
	api := findByType(t, raw, "DeployedAPI")
	before := e.fingerprint()
	future := time.Now().Add(time.Hour).UnixMilli()

	tests := []struct {
		name  string
		path  string
		body  any
		check func(t *testing.T, response map[string]any)
	}{
		{
			name: "malformed JSON",
			path: "/instances/entity/" + api + "/relationships",
			body: []byte(`{"class": "TypeLimitedFindRequest", "pageSize": `),
			check: func(t *testing.T, r map[string]any) {
				require.Equal(t, "RelationshipListResponse", r["class"])
				requireInvalidParameter(t, r, r["exceptionProperties"].(map[string]any)["parameterName"].(string))
			},
		},
		{
			name:  "unknown entity GUID",
			path:  "/instances/entity/7c1e0f4a-5d22-4b6b-9f0e-2b9e3c1d0a11",
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "EntityNotKnownException", 404) },
		},
		{
			name:  "GUID from the issue text matches no archive entity",
			path:  "/instances/entity/bf2da857-4829-47a4-a9ee-94becc709baa",
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "EntityNotKnownException", 404) },
		},
		{
			name:  "unknown entity summary",
			path:  "/instances/entity/no-such-entity/summary",
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "EntityNotKnownException", 404) },
		},
		{
			name:  "unknown relationship GUID",
			path:  "/instances/relationship/no-such-relationship",
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "RelationshipNotKnownException", 404) },
		},
		{
			name:  "relationships of an unknown entity",
			path:  "/instances/entity/no-such-entity/relationships",
			body:  map[string]any{"class": "TypeLimitedFindRequest"},
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "EntityNotKnownException", 404) },
		},
		{
			name:  "unknown type GUID",
			path:  "/instances/entity/" + api + "/relationships",
			body:  map[string]any{"class": "TypeLimitedFindRequest", "typeGUID": "no-such-type"},
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "TypeErrorException", 400) },
		},
		{
			name: "entity type where a relationship type is needed",
			path: "/instances/entity/" + api + "/relationships",
			body: map[string]any{"class": "TypeLimitedFindRequest", "typeGUID": typeGUID(t, e, "DeployedAPI")},
			check: func(t *testing.T, r map[string]any) {
				requireException(t, r, "TypeErrorException", 400)
				require.Contains(t, r["exceptionErrorMessage"], "DeployedAPI")
			},
		},
		{
			name:  "unknown type name",
			path:  "/types/typedef/name/NoSuchType",
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "TypeDefNotKnownException", 404) },
		},
		{
			name:  "unknown type GUID lookup",
			path:  "/types/typedef/no-such-guid",
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "TypeDefNotKnownException", 404) },
		},
		{
			name: "negative page size",
			path: "/instances/entity/" + api + "/relationships",
			body: map[string]any{"class": "TypeLimitedFindRequest", "pageSize": -1},
			check: func(t *testing.T, r map[string]any) {
				requireException(t, r, "PagingErrorException", 400)
				require.Contains(t, r["exceptionErrorMessage"], "-1")
			},
		},
		{
			name:  "negative offset",
			path:  "/instances/entity/" + api + "/relationships",
			body:  map[string]any{"class": "TypeLimitedFindRequest", "offset": -5},
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "PagingErrorException", 400) },
		},
		{
			name:  "property order without a property",
			path:  "/instances/entity/" + api + "/relationships",
			body:  map[string]any{"class": "TypeLimitedFindRequest", "sequencingOrder": "PROPERTY_ASCENDING"},
			check: func(t *testing.T, r map[string]any) { requireException(t, r, "PagingErrorException", 400) },
		},
		{
			name:  "asOfTime in the future",
			path:  "/instances/entity/" + api + "/history",
			body:  map[string]any{"class": "HistoryRequest", "asOfTime": future},
			check: func(t *testing.T, r map[string]any) { requireInvalidParameter(t, r, "asOfTime") },
		},
		{
			name:  "invalid type name pattern",
			path:  "/types/by-name?name=%28unclosed",
			check: func(t *testing.T, r map[string]any) { requireInvalidParameter(t, r, "name") },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			response := e.post(tt.path, tt.body)
			tt.check(t, response)
			require.Equal(t, before, e.fingerprint(), "nothing stored changed")
		})
	}
}

func TestUnknownServerName(t *testing.T) {
	e := newEnv(t)
	url := fmt.Sprintf("%s/servers/other-server/open-metadata/repository-services/users/%s/instances/entity/x", e.server.URL, userID)

	response := e.do(http.MethodPost, url, nil)

	require.Equal(t, "EntityDetailResponse", response["class"])
	requireInvalidParameter(t, response, "serverName")
	require.Equal(t, "other-server", response["exceptionProperties"].(map[string]any)["serverName"])
}
