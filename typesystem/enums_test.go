package typesystem

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestEnumValidAndOrdinal(t *testing.T) {
	tests := []struct {
		name    string
		valid   bool
		ordinal int
	}{
		{"ACTIVE", true, StatusActive.Ordinal()},
		{"DELETED", true, 99},
		{"INVALID", true, 20},
		{"DRAFT", true, 1},
		{"DEPRECATED", true, 30},
		{"BOGUS", false, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := InstanceStatus(tt.name)
			require.Equal(t, tt.valid, s.Valid())
			require.Equal(t, tt.ordinal, s.Ordinal())
		})
	}
	require.Equal(t, 15, StatusActive.Ordinal())
	require.Equal(t, 8, CategoryRelationshipDef.Ordinal())
	require.Equal(t, 4, AttributeCategoryEnumDef.Ordinal())
	require.Equal(t, 12, PrimitiveDate.Ordinal())
	require.Equal(t, 6, OperatorIn.Ordinal())
	require.Equal(t, 17, OperatorCaseInsensitiveEQ.Ordinal())
	require.Equal(t, 1, HistoryBackwards.Ordinal())
	require.Equal(t, 3, ArchiveRepositoryBackup.Ordinal())
}

func TestInstanceStatusLegacy(t *testing.T) {
	require.False(t, StatusActive.IsLegacy())
	require.False(t, StatusInvalid.IsLegacy())
	require.True(t, StatusDraft.IsLegacy())
	require.True(t, StatusFailed.IsLegacy())
	require.False(t, InstanceStatus("BOGUS").IsLegacy())
}

func TestProvenanceDisplayName(t *testing.T) {
	require.Equal(t, "Local to cohort", ProvenanceLocalCohort.DisplayName())
	require.Equal(t, "External Source", ProvenanceExternalSource.DisplayName())
	require.Empty(t, InstanceProvenanceType("BOGUS").DisplayName())
}

func TestPrimitiveStandardTypes(t *testing.T) {
	require.Equal(t, "string", PrimitiveString.TypeName())
	require.Equal(t, "b34a64b9-554a-42b1-8f8a-7d5c2339f9c4", PrimitiveString.TypeGUID())
	require.Equal(t, "object", PrimitiveUnknown.TypeName())
	require.Equal(t, "1bef35ca-d4f9-48db-87c2-afce4649362d", PrimitiveDate.TypeGUID())
}

func TestEnumUnmarshal(t *testing.T) {
	var entity EntityDetail
	require.NoError(t, json.Unmarshal([]byte(`{"status":"DRAFT"}`), &entity))
	require.Equal(t, StatusDraft, entity.Status)

	require.NoError(t, json.Unmarshal([]byte(`{"status":null}`), &entity))
	require.Equal(t, StatusDraft, entity.Status, "null keeps the previous value as encoding/json does")
}

func TestEnumUnmarshalRejectsUnknownNames(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		target    any
		wantField string
		wantValue string
	}{
		{"instance status", `{"status":"SLEEPING"}`, &EntityDetail{}, "status", `"SLEEPING"`},
		{"nested in a relationship proxy", `{"entityOneProxy":{"instanceProvenanceType":"NOWHERE"}}`, &Relationship{}, "entityOneProxy.instanceProvenanceType", `"NOWHERE"`},
		{"nested property value", `{"properties":{"instanceProperties":{"x":{"class":"PrimitivePropertyValue","primitiveDefCategory":"OM_PRIMITIVE_TYPE_WORD"}}}}`, &EntityDetail{}, "properties.instanceProperties.x.primitiveDefCategory", "OM_PRIMITIVE_TYPE_WORD"},
		{"typedef category", `{"class":"EntityDef","status":"GONE_TYPEDEF"}`, &TypeDef{}, "status", "GONE_TYPEDEF"},
		{"search operator", `{"matchProperties":{"conditions":[{"operator":"ROUGHLY"}]}}`, &EntityFindRequest{}, "matchProperties.conditions.operator", "ROUGHLY"},
		{"status that is a number", `{"status":15}`, &EntityDetail{}, "status", "15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.input), tt.target)

			require.Error(t, err)
			var typeErr *json.UnmarshalTypeError
			require.ErrorAs(t, err, &typeErr)
			require.Equal(t, tt.wantField, typeErr.Field)
			require.Contains(t, err.Error(), tt.wantValue)
		})
	}
}
