package handlers

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// names returns the "name" member of each object in a JSON list.
func names(t *testing.T, list any) []string {
	t.Helper()
	if list == nil {
		return nil
	}
	items, ok := list.([]any)
	require.True(t, ok, "not a JSON list: %v", list)
	out := make([]string, 0, len(items))
	for _, item := range items {
		out = append(out, item.(map[string]any)["name"].(string))
	}
	return out
}

func TestMetadataCollectionID(t *testing.T) {
	env := newTestEnv(t, Config{})
	for _, tt := range []struct{ name, method, body string }{
		{"POST with a GetRequest", http.MethodPost, `{"class":"GetRequest","requestId":"` + testRequestID + `"}`},
		{"POST without body", http.MethodPost, ""},
		{"legacy GET", http.MethodGet, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, tt.method, testBase+"/metadata-collection-id", tt.body)
			m := okBody(t, rec, classMetadataCollectionID)
			require.Equal(t, testCollectionID, m["metadataCollectionId"])
		})
	}

	t.Run("empty id is a repository error", func(t *testing.T) {
		env := newTestEnv(t, Config{})
		env.repo.collection = ""
		rec := env.do(t, http.MethodPost, testBase+"/metadata-collection-id", "")
		errBody(t, rec, classMetadataCollectionID, omrsFFDC+"RepositoryErrorException", 500)
	})
}

func TestGetAllTypesReturnsTheRegistry(t *testing.T) {
	env := newTestEnv(t, Config{})
	types := testRegistry(t)
	for _, method := range []string{http.MethodPost, http.MethodGet} {
		t.Run(method, func(t *testing.T) {
			rec := env.do(t, method, testBase+"/types/all", "")
			m := okBody(t, rec, classTypeDefGallery)
			require.Len(t, m["typeDefs"], len(types.TypeDefs()))
			require.Len(t, m["attributeTypeDefs"], len(types.AttributeTypeDefs()))

			var resp typesystem.TypeDefGalleryResponse
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &resp))
			require.Equal(t, types.TypeDefs()[0].GUID, resp.TypeDefs[0].GUID)
		})
	}
}

func TestTypeQueries(t *testing.T) {
	env := newTestEnv(t, Config{})
	tests := []struct {
		name           string
		method         string
		path           string
		body           string
		class          string
		typeDefs       []string // expected names, nil when the list must be absent
		attributeTypes []string
		minTypeDefs    int // at least this many typeDefs, when typeDefs is nil
	}{
		{"find types by exact name", http.MethodPost, "/types/by-name?name=Asset", "", classTypeDefGallery, []string{"Asset"}, nil, 0},
		{"find types by name with GET", http.MethodGet, "/types/by-name?name=Asset", "", classTypeDefGallery, []string{"Asset"}, nil, 0},
		{"find attribute type by escaped name", http.MethodPost, "/types/by-name?name=map%3Cstring%2Cstring%3E", "", classTypeDefGallery, nil, []string{"map<string,string>"}, 0},
		{"find types by regex", http.MethodPost, "/types/by-name?name=%28%3Fi%29asset", "", classTypeDefGallery, []string{"Asset"}, nil, 0},
		{"find types by name without match", http.MethodPost, "/types/by-name?name=NoSuchType", "", classTypeDefGallery, nil, nil, 0},
		{"entity defs by category", http.MethodPost, "/types/typedefs/by-category", `{"class":"TypeDefCategoryRequest","category":"ENTITY_DEF"}`, classTypeDefList, nil, nil, 300},
		{"unknown category has no typedefs", http.MethodPost, "/types/typedefs/by-category", `{"category":"UNKNOWN_DEF"}`, classTypeDefList, nil, nil, 0},
		{"typedefs by property", http.MethodPost, "/types/typedefs/by-property",
			`{"class":"TypeDefPropertiesRequest","typeDefProperties":{"headerVersion":1,"typeDefProperties":{"qualifiedName":null,"additionalProperties":null}}}`, classTypeDefList, []string{"Referenceable", "TypeEmbeddedAttribute"}, nil, 0},
		{"typedefs by property from a bare legacy body", http.MethodGet, "/types/typedefs/by-property",
			`{"headerVersion":1,"typeDefProperties":{"qualifiedName":"x","additionalProperties":{}}}`, classTypeDefList, []string{"Referenceable", "TypeEmbeddedAttribute"}, nil, 0},
		{"typedefs by property without a match", http.MethodPost, "/types/typedefs/by-property",
			`{"typeDefProperties":{"typeDefProperties":{"qualifiedName":1,"noSuchAttribute":2}}}`, classTypeDefList, nil, nil, 0},
		{"types by external id without mappings", http.MethodPost, "/types/typedefs/by-external-id?standard=ISO&identifier=11179", "", classTypeDefList, nil, nil, 0},
		{"search typedefs by regex", http.MethodPost, "/types/typedefs/by-property-value?searchCriteria=Asset", "", classTypeDefList, []string{"Asset"}, nil, 0},
		{"search typedefs with GET", http.MethodGet, "/types/typedefs/by-property-value?searchCriteria=Data%20Set%7CDataSet", "", classTypeDefList, []string{"DataSet"}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, tt.method, testBase+tt.path, tt.body)
			m := okBody(t, rec, tt.class)
			if tt.minTypeDefs > 0 {
				require.GreaterOrEqual(t, len(names(t, m["typeDefs"])), tt.minTypeDefs)
			} else {
				require.Equal(t, tt.typeDefs, names(t, m["typeDefs"]))
			}
			require.Equal(t, tt.attributeTypes, names(t, m["attributeTypeDefs"]))
		})
	}
}

func TestAttributeTypeDefsByCategory(t *testing.T) {
	env := newTestEnv(t, Config{})
	want, err := testRegistry(t).AttributeTypeDefsByCategory(typesystem.AttributeTypeDefCategory("PRIMITIVE"))
	require.NoError(t, err)

	rec := env.do(t, http.MethodPost, testBase+"/types/attribute-typedefs/by-category", `{"class":"AttributeTypeDefCategoryRequest","category":"PRIMITIVE"}`)
	m := okBody(t, rec, classAttributeTypeDefList)
	require.Len(t, m["attributeTypeDefs"], len(want))
	for _, item := range m["attributeTypeDefs"].([]any) {
		require.Equal(t, "PrimitiveDef", item.(map[string]any)["class"])
	}
}

func TestTypeQueryErrors(t *testing.T) {
	env := newTestEnv(t, Config{})
	tests := []struct {
		name   string
		method string
		path   string
		body   string
		class  string
		param  string
	}{
		{"find types without name", http.MethodPost, "/types/by-name", "", classTypeDefGallery, "name"},
		{"find types with empty name", http.MethodGet, "/types/by-name?name=", "", classTypeDefGallery, "name"},
		{"find types with a broken regex", http.MethodPost, "/types/by-name?name=%28", "", classTypeDefGallery, "name"},
		{"search without criteria", http.MethodPost, "/types/typedefs/by-property-value", "", classTypeDefList, "searchCriteria"},
		{"external id without any parameter", http.MethodGet, "/types/typedefs/by-external-id", "", classTypeDefList, "standard"},
		{"category request without body", http.MethodPost, "/types/typedefs/by-category", "", classTypeDefList, "requestBody"},
		{"attribute category missing", http.MethodPost, "/types/attribute-typedefs/by-category", `{}`, classAttributeTypeDefList, "category"},
		{"by property without body", http.MethodGet, "/types/typedefs/by-property", "", classTypeDefList, "requestBody"},
		{"by property with empty names", http.MethodPost, "/types/typedefs/by-property", `{"typeDefProperties":{"typeDefProperties":{}}}`, classTypeDefList, "typeDefProperties"},
		{"verify without typeDef", http.MethodPost, "/types/typedef/compatibility", `{}`, classBoolean, "typeDef"},
		{"verify attribute without body", http.MethodPost, "/types/attribute-typedef/compatibility", "", classBoolean, "requestBody"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, tt.method, testBase+tt.path, tt.body)
			m := errBody(t, rec, tt.class, ipeHead, 400)
			require.Equal(t, tt.param, parameterName(m))
		})
	}
}

func TestTypeLookups(t *testing.T) {
	env := newTestEnv(t, Config{})
	types := testRegistry(t)
	asset, ok := types.TypeDefByName("Asset")
	require.True(t, ok)
	stringType, ok := types.AttributeTypeDefByName("string")
	require.True(t, ok)

	tests := []struct {
		name    string
		path    string
		class   string
		member  string
		want    string // name of the returned type; empty for TypeDefNotKnown
		param   string
		message string
	}{
		{"typedef by guid", "/types/typedef/" + asset.GUID, classTypeDef, "typeDef", "Asset", "", ""},
		{"typedef by name", "/types/typedef/name/Asset", classTypeDef, "typeDef", "Asset", "", ""},
		{"attribute typedef by guid", "/types/attribute-typedef/" + stringType.GUID, classAttributeTypeDef, "attributeTypeDef", "string", "", ""},
		{"attribute typedef by name", "/types/attribute-typedef/name/string", classAttributeTypeDef, "attributeTypeDef", "string", "", ""},
		{"unknown typedef guid", "/types/typedef/0000-unknown", classTypeDef, "", "", "guid", "0000-unknown"},
		{"attribute guid is not a typedef guid", "/types/typedef/" + stringType.GUID, classTypeDef, "", "", "guid", stringType.GUID},
		{"typedef name is not an attribute typedef name", "/types/attribute-typedef/name/Asset", classAttributeTypeDef, "", "", "name", "Asset"},
		{"unknown typedef name", "/types/typedef/name/NoSuchType", classTypeDef, "", "", "name", "NoSuchType"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, testBase+tt.path, `{"class":"GetRequest","requestId":"`+testRequestID+`"}`)
			if tt.want == "" {
				m := errBody(t, rec, tt.class, omrsFFDC+"TypeDefNotKnownException", 404)
				require.Equal(t, tt.param, parameterName(m))
				require.Contains(t, m["exceptionErrorMessage"], tt.message)
				require.Equal(t, testRequestID, m["requestId"])
				return
			}
			m := okBody(t, rec, tt.class)
			require.Equal(t, testRequestID, m["requestId"])
			require.Equal(t, tt.want, m[tt.member].(map[string]any)["name"])
		})
	}
}

func TestVerifyTypes(t *testing.T) {
	env := newTestEnv(t, Config{})
	types := testRegistry(t)
	asset, ok := types.TypeDefByName("Asset")
	require.True(t, ok)
	stringType, ok := types.AttributeTypeDefByName("string")
	require.True(t, ok)

	encode := func(member string, v any) string {
		data, err := json.Marshal(map[string]any{member: v})
		require.NoError(t, err)
		return string(data)
	}
	renamed := *asset
	renamed.Name = "AssetThatIsNotStored"
	renamed.GUID = "11111111-2222-3333-4444-555555555555"
	conflicting := *asset
	conflicting.GUID = "11111111-2222-3333-4444-666666666666"

	tests := []struct {
		name      string
		path      string
		body      string
		flag      bool
		exception string
	}{
		{"stored typedef verifies", "/types/typedef/compatibility", encode("typeDef", asset), true, ""},
		{"unknown typedef does not verify", "/types/typedef/compatibility", encode("typeDef", &renamed), false, ""},
		{"typedef with another guid conflicts", "/types/typedef/compatibility", encode("typeDef", &conflicting), false, omrsFFDC + "TypeDefConflictException"},
		{"stored attribute typedef verifies", "/types/attribute-typedef/compatibility", encode("attributeTypeDef", stringType), true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, testBase+tt.path, tt.body)
			if tt.exception != "" {
				m := errBody(t, rec, classBoolean, tt.exception, 400)
				require.Equal(t, false, m["flag"])
				return
			}
			m := okBody(t, rec, classBoolean)
			require.Equal(t, tt.flag, m["flag"])
		})
	}
}
