package handlers

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/sirupsen/logrus"
	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// valueSearchQuery has the shape of the by-property-value search query.
type valueSearchQuery struct {
	SearchString string `query:"searchString" validate:"required"`
	StartsWith   bool   `query:"startsWith"`
	IgnoreCase   bool   `query:"ignoreCase"`
}

func TestBindQueryParsesParameters(t *testing.T) {
	env := newTestEnv(t, Config{})
	tests := []struct {
		name  string
		query string
		want  valueSearchQuery
		param string // parameterName of the expected InvalidParameter error
	}{
		{"booleans true and false", "?searchString=a%2Bb&startsWith=true&ignoreCase=false", valueSearchQuery{"a+b", true, false}, ""},
		{"Spring spellings of booleans", "?searchString=x&startsWith=TRUE&ignoreCase=off", valueSearchQuery{"x", true, false}, ""},
		{"missing boolean is false", "?searchString=x%20y", valueSearchQuery{"x y", false, false}, ""},
		{"boolean that is not true or false", "?searchString=x&startsWith=maybe", valueSearchQuery{}, "startsWith"},
		{"missing required value", "?startsWith=true", valueSearchQuery{}, "searchString"},
		{"empty required value", "?searchString=", valueSearchQuery{}, "searchString"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, testBase+"/instances/entities/by-property-value"+tt.query, nil)
			c := &call{echo: env.server.echo.NewContext(req, httptest.NewRecorder()), op: "findEntitiesByPropertyValue", logFields: logrus.Fields{}}

			var got valueSearchQuery
			err := c.bindQuery(&got)
			if tt.param == "" {
				require.NoError(t, err)
				require.Equal(t, tt.want, got)
				return
			}
			var omrsErr *typesystem.Error
			require.ErrorAs(t, err, &omrsErr)
			require.Equal(t, typesystem.KindInvalidParameter, omrsErr.Kind)
			require.Equal(t, tt.param, omrsErr.ParameterName)
			require.Contains(t, omrsErr.Message, tt.param)
		})
	}
}

func TestResponsesAreJSON(t *testing.T) {
	env := newTestEnv(t, Config{})
	for _, target := range []string{testBase + "/types/all", testBase + "/instances/entity", testBase + "/nowhere"} {
		rec := env.do(t, http.MethodPost, target, "")
		require.Equal(t, "application/json", rec.Header().Get("Content-Type"), target)
	}
}

func TestMissingResultIsRepositoryError(t *testing.T) {
	env := newTestEnv(t, Config{})
	env.server.repo = &emptyRepository{stubRepository: env.repo}
	tests := []struct {
		name  string
		path  string
		class string
	}{
		{"entity summary", "/instances/entity/" + knownEntityGUID + "/summary", classEntitySummary},
		{"entity detail", "/instances/entity/" + knownEntityGUID, classEntityDetail},
		{"relationship", "/instances/relationship/" + knownRelationshipGUID, classRelationship},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := env.do(t, http.MethodPost, testBase+tt.path, "")
			errBody(t, rec, tt.class, omrsFFDC+"RepositoryErrorException", 500)
		})
	}
}

// emptyRepository breaks the Repository contract by returning neither a
// result nor an error.
type emptyRepository struct {
	*stubRepository
}

func (r *emptyRepository) GetEntitySummary(_ context.Context, _, _ string) (typesystem.EntitySummaryPayload, error) {
	var none *typesystem.EntityDetail
	return none, nil
}

func (r *emptyRepository) GetEntityDetail(_ context.Context, _, _ string, _ *typesystem.Millis) (*typesystem.EntityDetail, error) {
	return nil, nil
}

func (r *emptyRepository) GetRelationship(_ context.Context, _, _ string, _ *typesystem.Millis) (*typesystem.Relationship, error) {
	return nil, nil
}
