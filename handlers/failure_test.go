package handlers

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/sirupsen/logrus"
	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func TestUnknownServerNameError(t *testing.T) {
	tests := []struct {
		name  string
		path  string
		class string
	}{
		{"entity detail", "/instances/entity/" + knownEntityGUID, classEntityDetail},
		{"all types", "/types/all", classTypeDefGallery},
		{"unsupported operation", "/instances/entity", classEntityDetail},
		{"relationships for entity", "/instances/entity/" + knownEntityGUID + "/relationships", classRelationshipList},
	}
	for _, legacy := range []bool{false, true} {
		env := newTestEnv(t, Config{LegacyExceptionPackage: legacy})
		wantClass := ipeHead
		if legacy {
			wantClass = ipeLegacy
		}
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s legacy=%v", tt.name, legacy), func(t *testing.T) {
				target := "/servers/otherserver/open-metadata/repository-services/users/" + testUser + tt.path
				rec := env.do(t, http.MethodPost, target, `{"class":"GetRequest","requestId":"`+testRequestID+`"}`)
				m := errBody(t, rec, tt.class, wantClass, 404)
				require.Equal(t, unknownServerMessageID, m["exceptionErrorMessageId"])
				require.Equal(t, map[string]any{"serverName": "otherserver", "parameterName": "serverName"}, m["exceptionProperties"])
				require.Contains(t, m["exceptionErrorMessage"], "otherserver")
				require.Equal(t, testRequestID, m["requestId"])
				require.Empty(t, env.repo.lastGUID, "the repository must not be called")
			})
		}
	}
}

func TestEmptyUserIDIsInvalidParameter(t *testing.T) {
	env := newTestEnv(t, Config{})
	target := "/servers/" + testServer + "/open-metadata/repository-services/users//instances/entity/" + knownEntityGUID
	rec := env.do(t, http.MethodPost, target, "")
	m := errBody(t, rec, classEntityDetail, ipeHead, 400)
	require.Equal(t, "userId", parameterName(m))
	require.Equal(t, "getEntityDetail", m["actionDescription"])
}

func TestRequestBodyErrors(t *testing.T) {
	env := newTestEnv(t, Config{})
	entity := testBase + "/instances/entity/" + knownEntityGUID
	tests := []struct {
		name    string
		target  string
		body    string
		class   string
		param   string
		message []string
	}{
		{"malformed JSON on an optional body", entity, `{"class":"GetRequest",`, classEntityDetail, "requestBody",
			[]string{"getEntityDetail", "GetRequest", "offset"}},
		{"trailing data after the body", entity, `{"class":"GetRequest"} {}`, classEntityDetail, "requestBody",
			[]string{"unexpected data"}},
		{"array instead of an object", entity, `[1,2]`, classEntityDetail, "requestBody",
			[]string{"GetRequest"}},
		{"missing required body", entity + "/history", "", classEntityDetail, "requestBody",
			[]string{"getEntityDetail", "HistoryRequest", "empty"}},
		{"null required body", entity + "/relationships", "null", classRelationshipList, "requestBody",
			[]string{"TypeLimitedFindRequest"}},
		{"asOfTime of the wrong kind", entity + "/history", `{"asOfTime":true}`, classEntityDetail, "requestBody",
			[]string{"HistoryRequest", "asOfTime"}},
		{"unknown enum value", entity + "/relationships", `{"sequencingOrder":"SIDEWAYS"}`, classRelationshipList, "requestBody",
			[]string{"SIDEWAYS"}},
		{"missing required category", testBase + "/types/typedefs/by-category", `{"class":"TypeDefCategoryRequest"}`, classTypeDefList, "category",
			[]string{"category", "TypeDefCategoryRequest"}},
		{"unknown category name", testBase + "/types/typedefs/by-category", `{"category":"TABLE_DEF"}`, classTypeDefList, "requestBody",
			[]string{"TABLE_DEF"}},
		{"missing typeDef", testBase + "/types/typedef/compatibility", `{"class":"TypeDefRequest"}`, classBoolean, "typeDef",
			[]string{"typeDef"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, tt.target, tt.body)
			m := errBody(t, rec, tt.class, ipeHead, 400)
			require.Equal(t, tt.param, parameterName(m))
			for _, part := range tt.message {
				require.Contains(t, m["exceptionErrorMessage"], part)
			}
		})
	}
}

func TestBodyLimitIsEnforced(t *testing.T) {
	env := newTestEnv(t, Config{MaxBodyBytes: 64})
	body := `{"class":"GetRequest","requestId":"` + strings.Repeat("x", 100) + `"}`
	rec := env.do(t, http.MethodPost, testBase+"/types/all", body)
	m := errBody(t, rec, classTypeDefGallery, ipeHead, 400)
	require.Contains(t, m["exceptionErrorMessage"], "64 bytes")
}

func TestLenientRequestBodies(t *testing.T) {
	env := newTestEnv(t, Config{})
	entity := testBase + "/instances/entity/" + knownEntityGUID
	tests := []struct {
		name string
		body string
	}{
		{"no body", ""},
		{"body without class", `{"requestId":"r-1"}`},
		{"unknown members", `{"class":"GetRequest","extra":{"nested":[1,2]},"another":true}`},
		{"another request class", `{"class":"HistoryRequest","asOfTime":1719912345678}`},
		{"whitespace only", "  \n "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, entity, tt.body)
			m := okBody(t, rec, classEntityDetail)
			require.NotNil(t, m["entity"])
		})
	}
}

func TestRepositoryErrorsMapToExceptions(t *testing.T) {
	omrsErr := typesystem.NewError(typesystem.KindEntityNotKnown, "guid", "No entity with GUID %s is stored", "g-1")
	serverErr := typesystem.WrapError(typesystem.KindRepositoryError, errors.New("neo4j: connection refused at 10.1.2.3"),
		"", "The repository store is unavailable")
	tests := []struct {
		name      string
		err       error
		exception string
		code      int
		param     any
		message   string
		logged    bool
	}{
		{"typed error", omrsErr, omrsFFDC + "EntityNotKnownException", 404, "guid", "No entity with GUID g-1", false},
		{"wrapped typed error", fmt.Errorf("load entity g-1: %w", omrsErr), omrsFFDC + "EntityNotKnownException", 404, "guid", "No entity with GUID g-1", false},
		{"function not supported", typesystem.NewError(typesystem.KindFunctionNotSupported, "", "history is off"),
			omrsFFDC + "FunctionNotSupportedException", 501, nil, "history is off", false},
		{"user not authorized", typesystem.NewError(typesystem.KindUserNotAuthorized, "", "no access"),
			"org.odpi.openmetadata.frameworks.openmetadata.ffdc.UserNotAuthorizedException", 403, nil, "no access", false},
		{"repository error keeps its cause out of the response", serverErr,
			omrsFFDC + "RepositoryErrorException", 500, nil, "The repository store is unavailable", true},
		{"untyped error", errors.New("driver exploded with secret detail"),
			omrsFFDC + "RepositoryErrorException", 500, nil, "internal error", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newTestEnv(t, Config{})
			env.repo.failWith = tt.err
			rec := env.do(t, http.MethodPost, testBase+"/instances/entity/"+knownEntityGUID, `{"requestId":"`+testRequestID+`"}`)
			m := errBody(t, rec, classEntityDetail, tt.exception, tt.code)
			require.Equal(t, tt.param, parameterName(m))
			require.Contains(t, m["exceptionErrorMessage"], tt.message)
			require.NotContains(t, rec.Body.String(), "10.1.2.3")
			require.NotContains(t, rec.Body.String(), "secret detail")
			require.Equal(t, "getEntityDetail", m["actionDescription"])
			require.Equal(t, testRequestID, m["requestId"])
			require.NotContains(t, m, "entity")

			errorLines := 0
			for _, entry := range env.logs.AllEntries() {
				if entry.Level == logrus.ErrorLevel {
					errorLines++
					require.Equal(t, "getEntityDetail", entry.Data["op"])
					require.Equal(t, testServer, entry.Data["serverName"])
					require.Equal(t, testUser, entry.Data["userId"])
					require.ErrorIs(t, entry.Data[logrus.ErrorKey].(error), tt.err)
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

func TestUserNotAuthorizedCarriesUserID(t *testing.T) {
	for _, legacy := range []bool{false, true} {
		t.Run(fmt.Sprintf("legacy=%v", legacy), func(t *testing.T) {
			env := newTestEnv(t, Config{LegacyExceptionPackage: legacy})
			env.repo.failWith = typesystem.NewError(typesystem.KindUserNotAuthorized, "", "user %s may not read", testUser)
			rec := env.do(t, http.MethodPost, testBase+"/instances/relationship/"+knownRelationshipGUID, "")
			want := "org.odpi.openmetadata.frameworks.openmetadata.ffdc.UserNotAuthorizedException"
			if legacy {
				want = omrsFFDC + "UserNotAuthorizedException"
			}
			m := errBody(t, rec, classRelationship, want, 403)
			require.Equal(t, map[string]any{"userId": testUser}, m["exceptionProperties"])
		})
	}
}

func TestPanicBecomesRepositoryError(t *testing.T) {
	env := newTestEnv(t, Config{})
	env.repo.panicOnCall = true
	rec := env.do(t, http.MethodPost, testBase+"/instances/entity/"+knownEntityGUID+"/existence", "")
	m := errBody(t, rec, classEntityDetail, omrsFFDC+"RepositoryErrorException", 500)
	require.Contains(t, m["exceptionErrorMessage"], "isEntityKnown")
	require.NotContains(t, rec.Body.String(), "on purpose")
}

func TestEachRequestLogsOneDebugLine(t *testing.T) {
	env := newTestEnv(t, Config{})
	rec := env.do(t, http.MethodPost, testBase+"/instances/entity/"+knownEntityGUID+"/summary", "")
	okBody(t, rec, classEntitySummary)

	entries := env.logs.AllEntries()
	require.Len(t, entries, 1)
	entry := entries[0]
	require.Equal(t, logrus.DebugLevel, entry.Level)
	require.Equal(t, "handlers", entry.Data["component"])
	require.Equal(t, "getEntitySummary", entry.Data["op"])
	require.Equal(t, testServer, entry.Data["serverName"])
	require.Equal(t, testUser, entry.Data["userId"])
	require.Equal(t, knownEntityGUID, entry.Data["guid"])
	require.Contains(t, entry.Data, "durationMs")
}

func TestNewRejectsIncompleteConfig(t *testing.T) {
	repo := newStubRepository(nil)
	tests := []struct {
		name string
		cfg  Config
		repo Repository
		want string
	}{
		{"missing server name", Config{}, repo, "ServerName"},
		{"missing repository", Config{ServerName: testServer}, nil, "repository"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg, tt.repo, nil)
			require.ErrorContains(t, err, tt.want)
		})
	}
}
