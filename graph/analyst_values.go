package graph

import (
	"math"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// jsonValue converts a value read from Neo4j into one that encoding/json
// can encode and that uses no driver type.
//   - A node becomes {"elementId", "labels", "properties"}.
//   - A relationship becomes {"elementId", "type", "startElementId",
//     "endElementId", "properties"}.
//   - A path becomes {"nodes": [...], "relationships": [...]}.
//   - A temporal value becomes its ISO 8601 text, and a point becomes
//     {"srid", "x", "y"}, plus "z" in 3D.
//   - A NaN or infinite float becomes "NaN", "Infinity" or "-Infinity",
//     because JSON numbers cannot be NaN or infinite.
//   - Lists and maps are converted element by element.
//   - Everything else (nil, booleans, int64, float64, strings, byte slices)
//     stays as it is.
//
// Node and relationship properties leave out the keys that start with "_",
// which the repository uses for its own records, such as the seal.
func jsonValue(value any) any {
	switch v := value.(type) {
	case neo4j.Node:
		return nodeValue(v)
	case neo4j.Relationship:
		return relationshipValue(v)
	case neo4j.Path:
		return pathValue(v)
	case []any:
		list := make([]any, len(v))
		for i, element := range v {
			list[i] = jsonValue(element)
		}
		return list
	case map[string]any:
		converted := make(map[string]any, len(v))
		for key, element := range v {
			converted[key] = jsonValue(element)
		}
		return converted
	case float64:
		return jsonFloat(v)
	}
	return jsonScalar(value)
}

// jsonScalar converts the temporal and spatial types of the driver.
func jsonScalar(value any) any {
	switch v := value.(type) {
	case time.Time:
		// NOTE: a datetime with a named time zone keeps its offset but loses
		// the zone name, such as [Europe/Berlin], which RFC 3339 cannot hold.
		return v.Format(time.RFC3339Nano)
	case neo4j.Date:
		return v.String()
	case neo4j.LocalDateTime:
		return v.String()
	case neo4j.LocalTime:
		return v.String()
	case neo4j.Time:
		return v.String()
	case neo4j.Duration:
		return v.String()
	case neo4j.Point2D:
		return map[string]any{"srid": v.SpatialRefId, "x": jsonFloat(v.X), "y": jsonFloat(v.Y)}
	case neo4j.Point3D:
		return map[string]any{"srid": v.SpatialRefId, "x": jsonFloat(v.X), "y": jsonFloat(v.Y), "z": jsonFloat(v.Z)}
	}
	return value
}

func jsonFloat(f float64) any {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return f
}

func nodeValue(node neo4j.Node) map[string]any {
	labels := node.Labels
	if labels == nil {
		labels = []string{}
	}
	return map[string]any{
		"elementId":  node.ElementId,
		"labels":     labels,
		"properties": publicProperties(node.Props),
	}
}

func relationshipValue(relationship neo4j.Relationship) map[string]any {
	return map[string]any{
		"elementId":      relationship.ElementId,
		"type":           relationship.Type,
		"startElementId": relationship.StartElementId,
		"endElementId":   relationship.EndElementId,
		"properties":     publicProperties(relationship.Props),
	}
}

func pathValue(path neo4j.Path) map[string]any {
	nodes := make([]any, len(path.Nodes))
	for i, node := range path.Nodes {
		nodes[i] = nodeValue(node)
	}
	relationships := make([]any, len(path.Relationships))
	for i, relationship := range path.Relationships {
		relationships[i] = relationshipValue(relationship)
	}
	return map[string]any{"nodes": nodes, "relationships": relationships}
}

// publicProperties returns props without the internal keys, those that start
// with "_" (_instance, _proxy, _seal, _order and any added later).
func publicProperties(props map[string]any) map[string]any {
	public := make(map[string]any, len(props))
	for key, value := range props {
		if strings.HasPrefix(key, "_") {
			continue
		}
		public[key] = jsonValue(value)
	}
	return public
}
