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

// samplePath fills the path parameters of an Echo route path with values
// that the stub repository does not store.
func samplePath(path string) string {
	parts := strings.Split(path, "/")
	for i, part := range parts {
		if strings.HasPrefix(part, ":") {
			parts[i] = "sample-" + part[1:]
		}
	}
	return strings.Join(parts, "/")
}

func TestRoutesUseResponseClass(t *testing.T) {
	env := newTestEnv(t, Config{})
	for _, r := range routes() {
		for _, method := range r.methods {
			t.Run(method+" "+r.path, func(t *testing.T) {
				rec := env.do(t, method, testBase+samplePath(r.path), `{"class":"GetRequest","requestId":"`+testRequestID+`"}`)
				require.Equal(t, http.StatusOK, rec.Code, "body: %s", rec.Body.String())
				m := body(t, rec)
				require.Equal(t, r.class, m["class"])
				require.Equal(t, testRequestID, m["requestId"])
				if r.handle != nil {
					return
				}
				errBody(t, rec, r.class, omrsFFDC+"FunctionNotSupportedException", 501)
				require.Equal(t, r.op, m["actionDescription"])
				require.Contains(t, m["exceptionErrorMessage"], r.op)
				require.Contains(t, m["exceptionErrorMessage"], testServer)
			})
		}
	}
}

func TestRouteTableHasNoDuplicates(t *testing.T) {
	seen := make(map[string]string)
	for _, r := range routes() {
		for _, method := range r.methods {
			key := method + " " + r.path
			require.NotContains(t, seen, key, "%s is registered by %s and %s", key, seen[key], r.op)
			seen[key] = r.op
		}
	}
	// 22 type paths, 14 read paths, 14 search paths, 19 + 10 maintenance
	// paths, 13 reference-copy paths and 8 legacy paths, plus the GET forms
	// of 20 read paths.
	require.Len(t, seen, 100+20)
}

func TestOverlappingPathsPreferLiteralSegments(t *testing.T) {
	env := newTestEnv(t, Config{})
	// A failing repository makes every response an error, which names the
	// operation that ran in actionDescription.
	env.repo.failWith = repoError(typesystem.KindRepositoryError)
	tests := []struct {
		name  string
		path  string
		class string
		op    string
	}{
		{"proxy classify beats entity summary", "/instances/entity/classification/summary", classClassification, "classifyEntity"},
		{"entity summary with a guid", "/instances/entity/" + knownEntityGUID + "/summary", classEntitySummary, ""},
		{"proxy declassify beats entity classify", "/instances/entity/classification/Confidentiality/delete", classClassification, "declassifyEntity"},
		{"entity classify with a guid", "/instances/entity/" + knownEntityGUID + "/classification/Confidentiality", classEntityDetail, "classifyEntity"},
		{"type name lookup beats typedef delete", "/types/typedef/name/delete", classTypeDef, "getTypeDefByName"},
		{"typedef delete with a guid", "/types/typedef/some-guid/delete", classVoid, "deleteTypeDef"},
		{"typedef named name falls back to guid lookup", "/types/typedef/name", classTypeDef, "getTypeDefByGUID"},
		{"typedef compatibility is not a guid", "/types/typedef/compatibility", classBoolean, "verifyTypeDef"},
		{"typedef update is not a guid", "/types/typedef/update", classTypeDef, "updateTypeDef"},
		{"external entity is not a guid", "/instances/entity/external", classEntityDetail, "addExternalEntity"},
		{"reference copy purge by object", "/instances/entities/reference-copy/purge", classVoid, "purgeEntityReferenceCopy"},
		{"reference copy purge by guid", "/instances/entities/reference-copy/delete/purge", classVoid, "purgeEntityReferenceCopy"},
		{"entity history list", "/instances/entity/" + knownEntityGUID + "/history/all", classEntityList, "getEntityDetailHistory"},
		{"classification history list", "/instances/entity/" + knownEntityGUID + "/classification/Confidentiality/history/all", classClassificationList, "getClassificationHistory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, testBase+tt.path, `{"class":"GetRequest"}`)
			require.Equal(t, http.StatusOK, rec.Code, "body: %s", rec.Body.String())
			m := body(t, rec)
			require.Equal(t, tt.class, m["class"], "body: %s", rec.Body.String())
			if tt.op != "" {
				require.Equal(t, tt.op, m["actionDescription"], "body: %s", rec.Body.String())
			}
		})
	}
}

func TestUnknownRouteReturnsJSON(t *testing.T) {
	env := newTestEnv(t, Config{})
	tests := []struct {
		name   string
		method string
		target string
		code   int
		param  string
	}{
		{"unknown operation under the base path", http.MethodPost, testBase + "/instances/nothing-here", http.StatusNotFound, "path"},
		{"path outside the base path", http.MethodPost, "/open-metadata/repository-services", http.StatusNotFound, "path"},
		{"trailing slash", http.MethodPost, testBase + "/types/all/", http.StatusNotFound, "path"},
		{"GET on a POST-only operation", http.MethodGet, testBase + "/types/typedefs/by-category", http.StatusMethodNotAllowed, "method"},
		{"PUT on a read operation", http.MethodPut, testBase + "/types/all", http.StatusMethodNotAllowed, "method"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, tt.method, tt.target, "")
			require.Equal(t, tt.code, rec.Code)
			m := body(t, rec)
			require.NotContains(t, m, "class")
			require.Equal(t, ipeHead, m["exceptionClassName"])
			require.Equal(t, json.Number(strconv.Itoa(tt.code)), m["relatedHTTPCode"])
			require.Equal(t, tt.param, parameterName(m))
			require.Contains(t, m["exceptionErrorMessage"], tt.method)
		})
	}
}

func TestPathValuesAreDecodedOnce(t *testing.T) {
	env := newTestEnv(t, Config{})
	tests := []struct {
		name    string
		path    string
		class   string
		payload string // member holding the type when it is found
		want    string // decoded name, found or named in the error
		found   bool
	}{
		{"collection name with escaped brackets and comma", "/types/attribute-typedef/name/map%3Cstring%2Cstring%3E", classAttributeTypeDef, "attributeTypeDef", "map<string,string>", true},
		{"collection name with a literal comma", "/types/attribute-typedef/name/map%3Cstring,string%3E", classAttributeTypeDef, "attributeTypeDef", "map<string,string>", true},
		{"plain type name", "/types/typedef/name/Asset", classTypeDef, "typeDef", "Asset", true},
		{"escaped slash stays inside the name", "/types/typedef/name/Data%2FSet", classTypeDef, "", "Data/Set", false},
		{"escaped space", "/types/typedef/name/Data%20Set", classTypeDef, "", "Data Set", false},
		{"escaped percent is decoded only once", "/types/typedef/name/100%252F", classTypeDef, "", "100%2F", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, testBase+tt.path, "")
			if tt.found {
				m := okBody(t, rec, tt.class)
				typ, ok := m[tt.payload].(map[string]any)
				require.True(t, ok, "body: %s", rec.Body.String())
				require.Equal(t, tt.want, typ["name"])
				return
			}
			m := errBody(t, rec, tt.class, omrsFFDC+"TypeDefNotKnownException", 404)
			require.Contains(t, m["exceptionErrorMessageParameters"], tt.want)
			require.Equal(t, "name", parameterName(m))
		})
	}
}

func TestLegacyGetReadsNeedNoBody(t *testing.T) {
	env := newTestEnv(t, Config{})
	asset, ok := testRegistry(t).TypeDefByName("Asset")
	require.True(t, ok)
	tests := []struct {
		name  string
		path  string
		class string
	}{
		{"metadata collection id", "/metadata-collection-id", classMetadataCollectionID},
		{"all types", "/types/all", classTypeDefGallery},
		{"types by name", "/types/by-name?name=Asset", classTypeDefGallery},
		{"types by external id", "/types/typedefs/by-external-id?standard=none", classTypeDefList},
		{"search typedefs", "/types/typedefs/by-property-value?searchCriteria=Asset", classTypeDefList},
		{"typedef by guid", "/types/typedef/" + asset.GUID, classTypeDef},
		{"typedef by name", "/types/typedef/name/Asset", classTypeDef},
		{"attribute typedef by name", "/types/attribute-typedef/name/string", classAttributeTypeDef},
		{"entity existence", "/instances/entity/" + knownEntityGUID + "/existence", classEntityDetail},
		{"entity summary", "/instances/entity/" + knownEntityGUID + "/summary", classEntitySummary},
		{"entity detail", "/instances/entity/" + knownEntityGUID, classEntityDetail},
		{"relationship existence", "/instances/relationship/" + knownRelationshipGUID + "/existence", classRelationship},
		{"relationship", "/instances/relationship/" + knownRelationshipGUID, classRelationship},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodGet, testBase+tt.path, "")
			okBody(t, rec, tt.class)
		})
	}
}
