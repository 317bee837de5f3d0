package queries

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRelationshipsForEntityCompile(t *testing.T) {
	tests := []struct {
		name       string
		query      RelationshipsForEntity
		wantText   []string
		absentText []string
		wantParams map[string]any
	}{
		{
			name:  "defaults exclude deleted and order newest first",
			query: RelationshipsForEntity{EntityGUID: "g1"},
			wantText: []string{
				"MATCH (:Entity {guid: $guid})-[r]-(:Entity)\nWHERE r.status <> 'DELETED'\n",
				"ORDER BY r.createTime DESC, r.guid ASC\nSKIP $offset\n",
			},
			absentText: []string{"LIMIT", "$types", "$statuses"},
			wantParams: map[string]any{"guid": "g1", "offset": int64(0)},
		},
		{
			name: "type and status filters with a page",
			query: RelationshipsForEntity{
				EntityGUID: "g2", RelationshipTypes: []string{"AttachedTag"}, Statuses: []string{"ACTIVE", "DELETED"},
				Order: OrderGUID, Offset: 5, Limit: 10,
			},
			wantText: []string{
				"WHERE type(r) IN $types AND r.status IN $statuses\n",
				"ORDER BY r.guid ASC\nSKIP $offset\nLIMIT $limit\n",
			},
			wantParams: map[string]any{
				"guid": "g2", "offset": int64(5), "limit": int64(10),
				"types": []string{"AttachedTag"}, "statuses": []string{"ACTIVE", "DELETED"},
			},
		},
		{
			name:  "property order passes the key as a parameter",
			query: RelationshipsForEntity{EntityGUID: "g3", Order: OrderPropertyDescending, SequencingProperty: "description"},
			wantText: []string{
				"ORDER BY r[$sequencingProperty] IS NULL ASC, r[$sequencingProperty] DESC, r.guid ASC",
			},
			wantParams: map[string]any{"guid": "g3", "offset": int64(0), "sequencingProperty": "description"},
		},
		{
			name:       "empty type list matches nothing rather than everything",
			query:      RelationshipsForEntity{EntityGUID: "g4", RelationshipTypes: []string{}},
			wantText:   []string{"WHERE type(r) IN $types AND r.status <> 'DELETED'"},
			wantParams: map[string]any{"guid": "g4", "offset": int64(0), "types": []string{}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			statement, err := tt.query.Compile()
			require.NoError(t, err)
			for _, want := range tt.wantText {
				require.Contains(t, statement.Text, want)
			}
			for _, absent := range tt.absentText {
				require.NotContains(t, statement.Text, absent)
			}
			require.Equal(t, tt.wantParams, statement.Params)
			require.True(t, strings.HasSuffix(statement.Text, "properties(r) AS props"))
		})
	}
}

func TestRelationshipsForEntityUnknownOrder(t *testing.T) {
	_, err := RelationshipsForEntity{EntityGUID: "g", Order: "SIDEWAYS"}.Compile()
	require.ErrorContains(t, err, `unknown sequencing order "SIDEWAYS"`)
}

func TestOrderClauseEveryOrder(t *testing.T) {
	orders := map[SequencingOrder]string{
		OrderAny:                "ORDER BY x.createTime DESC, x.guid ASC",
		OrderCreationDateRecent: "ORDER BY x.createTime DESC, x.guid ASC",
		OrderCreationDateOldest: "ORDER BY x.createTime ASC, x.guid ASC",
		OrderLastUpdateRecent:   "ORDER BY x.updateTime DESC, x.guid ASC",
		OrderLastUpdateOldest:   "ORDER BY x.updateTime ASC, x.guid ASC",
		OrderGUID:               "ORDER BY x.guid ASC",
		OrderPropertyAscending:  "ORDER BY x[$sequencingProperty] IS NOT NULL ASC, x[$sequencingProperty] ASC, x.guid ASC",
	}
	for order, want := range orders {
		got, err := orderClause("x", order)
		require.NoError(t, err, order)
		require.Equal(t, want, got, order)
	}
}
