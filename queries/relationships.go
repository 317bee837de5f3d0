package queries

import (
	"strings"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
)

// RelationshipsForEntity is a getRelationshipsForEntity request after
// validation: type names are already expanded to include subtypes.
type RelationshipsForEntity struct {
	EntityGUID string
	// RelationshipTypes limits the result to these relationship type names;
	// nil means every type.
	RelationshipTypes []string
	// Statuses limits the result to these statuses; nil means every status
	// except DELETED.
	Statuses []string
	Order    SequencingOrder
	// SequencingProperty is the native property key for the PROPERTY orders.
	SequencingProperty string
	Offset             int
	// Limit is the maximum number of results; 0 means no limit.
	Limit int
}

// Compile returns the statement for the request. Its columns are those of
// cypher.RelationshipReturn, one row per relationship, in the requested
// order.
func (q RelationshipsForEntity) Compile() (Statement, error) {
	params := map[string]any{"guid": q.EntityGUID, "offset": int64(q.Offset)}
	var text strings.Builder
	text.WriteString("MATCH (:Entity {guid: $guid})-[r]-(:Entity)\n")

	var conditions []string
	if q.RelationshipTypes != nil {
		conditions = append(conditions, "type(r) IN $types")
		params["types"] = q.RelationshipTypes
	}
	conditions = append(conditions, statusCondition("r", q.Statuses, params))
	text.WriteString("WHERE " + strings.Join(conditions, " AND ") + "\n")
	text.WriteString("WITH DISTINCT r\nMATCH (a)-[r]->(b)\nWITH r, a, b\n")

	order, err := orderClause("r", q.Order)
	if err != nil {
		return Statement{}, err
	}
	if q.Order.NeedsProperty() {
		params["sequencingProperty"] = q.SequencingProperty
	}
	text.WriteString(order + "\nSKIP $offset\n")
	if q.Limit > 0 {
		text.WriteString("LIMIT $limit\n")
		params["limit"] = int64(q.Limit)
	}
	text.WriteString(cypher.RelationshipReturn)
	return Statement{Text: text.String(), Params: params}, nil
}

// statusCondition returns the status filter for variable v: exactly the
// listed statuses, or every status but DELETED when the list is empty.
func statusCondition(v string, statuses []string, params map[string]any) string {
	if len(statuses) == 0 {
		return v + ".status <> 'DELETED'"
	}
	params["statuses"] = statuses
	return v + ".status IN $statuses"
}
