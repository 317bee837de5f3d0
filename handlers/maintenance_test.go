package handlers

import (
	"context"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// propertiesJSON is an InstanceProperties object as Egeria's client writes it.
const propertiesJSON = `{"class":"InstanceProperties","headerVersion":1,"instanceProperties":{` +
	`"qualifiedName":{"class":"PrimitivePropertyValue","headerVersion":1,"instancePropertyCategory":"PRIMITIVE",` +
	`"typeName":"string","primitiveDefCategory":"OM_PRIMITIVE_TYPE_STRING","primitiveValue":"Asset::sales-db"}}}`

// requestBody builds a JSON request of the given class carrying
// testRequestID and the given members.
func requestBody(class string, members ...string) string {
	parts := append([]string{`"class":"` + class + `"`, `"requestId":"` + testRequestID + `"`}, members...)
	return "{" + strings.Join(parts, ",") + "}"
}

// toJSON encodes v as the server encodes responses.
func toJSON(t *testing.T, v any) string {
	t.Helper()
	data, err := marshalNoEscape(v)
	require.NoError(t, err)
	return string(data)
}

// decodeAs decodes data as the handlers decode request members, so that the
// result is the value a handler passes on.
func decodeAs[T any](t *testing.T, data string) *T {
	t.Helper()
	var v T
	require.NoError(t, decodeJSON([]byte(data), &v))
	return &v
}

// opCase is one successful call of an operation and the stub call it must
// make.
type opCase struct {
	name    string
	method  string // HTTP method; POST when empty
	path    string // relative to testBase, query included
	body    string
	class   string // response class
	payload string // response member that holds the result; empty for VoidResponse
	call    string // stub method the handler must call
	args    []any  // arguments the stub must receive after userID
}

// runOpCases sends each case and checks the response and the stub call,
// including the request id the context carried.
func runOpCases(t *testing.T, cases []opCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			method := tt.method
			if method == "" {
				method = http.MethodPost
			}
			wantRequestID := ""
			if strings.Contains(tt.body, testRequestID) {
				wantRequestID = testRequestID
			}

			rec := env.do(t, method, testBase+tt.path, tt.body)
			m := okBody(t, rec, tt.class)
			if wantRequestID != "" {
				require.Equal(t, wantRequestID, m["requestId"])
			}
			checkPayload(t, m, tt.payload)

			got := env.repo.lastCall()
			require.Equal(t, tt.call, got.method)
			require.Equal(t, testUser, got.userID)
			require.Equal(t, wantRequestID, got.requestID)
			require.Equal(t, tt.args, got.args)
		})
	}
}

// checkPayload checks that the response carries the stub's result in
// member payload and nothing else.
func checkPayload(t *testing.T, m map[string]any, payload string) {
	t.Helper()
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)

	switch payload {
	case "":
		require.Subset(t, []string{"class", "relatedHTTPCode", "requestId"}, keys)
		return
	case "entity":
		require.Equal(t, knownEntityGUID, m["entity"].(map[string]any)["guid"])
		require.Equal(t, "EntityDetail", m["entity"].(map[string]any)["class"])
	case "relationship":
		require.Equal(t, knownRelationshipGUID, m["relationship"].(map[string]any)["guid"])
		require.Equal(t, "Relationship", m["relationship"].(map[string]any)["class"])
	case "classification":
		require.Equal(t, "Confidentiality", m["classification"].(map[string]any)["name"])
		require.Equal(t, "Classification", m["classification"].(map[string]any)["class"])
	case "classifications":
		list := m["classifications"].([]any)
		require.Len(t, list, 1)
		require.Equal(t, "Confidentiality", list[0].(map[string]any)["name"])
	default:
		t.Fatalf("unknown payload member %q", payload)
	}
	require.Contains(t, keys, payload)
}

// opErrorCase is a call of an operation that must fail.
type opErrorCase struct {
	name      string
	path      string // relative to testBase, query included
	body      string
	class     string // response class
	exception string // exceptionClassName
	code      int    // relatedHTTPCode
	param     string // exceptionProperties.parameterName; empty when none
	failWith  error  // error the stub returns; nil for errors the handler raises
}

// runOpErrorCases sends each case with POST and checks the error response.
// Errors the handler raises must come before any repository call, and
// repository errors must reach the caller unchanged.
func runOpErrorCases(t *testing.T, cases []opErrorCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			env.repo.failWith = tt.failWith

			rec := env.do(t, http.MethodPost, testBase+tt.path, tt.body)
			m := errBody(t, rec, tt.class, tt.exception, tt.code)
			if tt.param == "" {
				require.Nil(t, parameterName(m))
			} else {
				require.Equal(t, tt.param, parameterName(m))
			}
			require.NotEmpty(t, m["actionDescription"])

			got := env.repo.lastCall()
			if tt.failWith == nil {
				require.Empty(t, got.method, "the handler called the repository")
				return
			}
			require.NotEmpty(t, got.method)
			var want *typesystem.Error
			require.ErrorAs(t, tt.failWith, &want)
			require.Contains(t, m["exceptionErrorMessage"], want.Message)
		})
	}
}

// repoError returns an error of the given kind, as the repository raises
// it.
func repoError(kind typesystem.Kind) error {
	return typesystem.NewError(kind, "", "stub repository fails with %s", kind)
}

func TestMissingMaintenanceResultIsRepositoryError(t *testing.T) {
	env := newTestEnv(t, Config{})
	env.server.repo = &nilResultRepository{stubRepository: env.repo}
	tests := []struct {
		name  string
		path  string
		body  string
		class string
	}{
		{"add entity", "/instances/entity", requestBody("EntityCreateRequest"), classEntityDetail},
		{"classify entity proxy", "/instances/entity/classification/Confidentiality",
			requestBody("ProxyClassificationRequest", `"entityProxy":{}`), classClassification},
		{"delete relationship", "/instances/relationship/" + knownRelationshipGUID + "/delete",
			requestBody("TypeDefValidationForRequest"), classRelationship},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, testBase+tt.path, tt.body)
			errBody(t, rec, tt.class, omrsFFDC+"RepositoryErrorException", 500)
		})
	}
}

// nilResultRepository breaks the Repository contract by returning neither
// a result nor an error from maintenance calls.
type nilResultRepository struct {
	*stubRepository
}

func (r *nilResultRepository) AddEntity(_ context.Context, _ string, _ *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error) {
	return nil, nil
}

func (r *nilResultRepository) ClassifyEntityProxy(_ context.Context, _ string, _ *typesystem.EntityProxy, _ string,
	_ *typesystem.ClassificationRequest) (*typesystem.Classification, error) {
	return nil, nil
}

func (r *nilResultRepository) DeleteRelationship(_ context.Context, _, _, _, _ string) (*typesystem.Relationship, error) {
	return nil, nil
}
