package cypher

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestQuote(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		want    string
		wantErr bool
	}{
		{name: "type name", input: "DeployedAPI", want: "`DeployedAPI`"},
		{name: "underscore and digits", input: "_Type2", want: "`_Type2`"},
		{name: "backtick injection", input: "A` DETACH DELETE n //", wantErr: true},
		{name: "leading digit", input: "2Type", wantErr: true},
		{name: "empty", input: "", wantErr: true},
		{name: "space", input: "Data Set", wantErr: true},
		{name: "dot", input: "a.b", wantErr: true},
		{name: "non ascii letter", input: "Größe", wantErr: true},
		{name: "too long", input: strings.Repeat("a", 201), wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Quote(tt.input)
			if tt.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
}

func TestRelationshipByGUIDSeeksEachType(t *testing.T) {
	text, err := RelationshipByGUID([]string{"Anchors", "AttachedTag"})
	require.NoError(t, err)
	require.Contains(t, text, "MATCH (a)-[r:`Anchors` {guid: $guid}]->(b) RETURN r, a, b\n  UNION ALL\n  MATCH (a)-[r:`AttachedTag` {guid: $guid}]->(b)")
	require.Contains(t, text, "WITH r, a, b LIMIT 1")
	require.True(t, strings.HasSuffix(text, RelationshipReturn))
}

func TestRelationshipByGUIDRejectsBadInput(t *testing.T) {
	_, err := RelationshipByGUID(nil)
	require.Error(t, err)
	_, err = RelationshipByGUID([]string{"Good", "Bad`Name"})
	require.Error(t, err)
}

func TestRelationshipStatesUsesRowGUID(t *testing.T) {
	text, err := RelationshipStates([]string{"Anchors"})
	require.NoError(t, err)
	require.Contains(t, text, "UNWIND $guids AS guid\nCALL (guid) {\n  MATCH (a)-[r:`Anchors` {guid: guid}]->(b)")
}

func TestRelationshipGUIDConstraint(t *testing.T) {
	text, err := RelationshipGUIDConstraint("Anchors")
	require.NoError(t, err)
	require.Equal(t, "CREATE CONSTRAINT `relationship_guid_Anchors` IF NOT EXISTS FOR ()-[r:`Anchors`]-() REQUIRE r.guid IS UNIQUE", text)
	_, err = RelationshipGUIDConstraint("x`y")
	require.Error(t, err)
}
