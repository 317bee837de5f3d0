//go:build integration

package integration

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// countGUID counts what Neo4j still stores under guid: nodes with the
// label when label is set, else every node and edge.
func (m *maintEnv) countGUID(label, guid string) int64 {
	m.t.Helper()
	params := map[string]any{"guid": guid}
	if label != "" {
		return m.count("MATCH (n:"+label+") WHERE n.guid = $guid RETURN count(n) AS count", params)
	}
	nodes := m.count("MATCH (n) WHERE n.guid = $guid RETURN count(n) AS count", params)
	edges := m.count("MATCH ()-[r]->() WHERE r.guid = $guid RETURN count(r) AS count", params)
	return nodes + edges
}

func TestHistPurgeEntityRemovesVersions(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.termVersions()
	guid := guidOf(versions[0])
	require.Positive(t, m.countGUID("EntityVersion", guid), "earlier versions are stored as EntityVersion nodes, so the check below can fail")
	m.purgeEntity(versions[2])

	requireOMRSException(t, m.post(entityHistoryPath(guid), historyRange(nil)), "EntityNotKnownException", guid)
	require.Zero(t, m.countGUID("EntityVersion", guid), "EntityVersion nodes left after the purge")
	require.Zero(t, m.countGUID("", guid), "nodes or edges left after the purge")
}

func TestHistPurgeEntityRemovesRelationshipVersions(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	end := m.entity(guidOf(versions[2]["entityTwoProxy"].(map[string]any)))
	require.Positive(t, m.countGUID("RelationshipVersion", guid), "earlier versions are stored as RelationshipVersion nodes")
	m.purgeEntity(end)

	requireOMRSException(t, m.post(relationshipHistoryPath(guid), historyRange(nil)), "RelationshipNotKnownException", guid)
	require.Zero(t, m.countGUID("RelationshipVersion", guid), "RelationshipVersion nodes left after purging an end")
	require.Zero(t, m.countGUID("", guid), "nodes or edges left after purging an end")
}

func TestHistPurgeRelationshipRemovesVersions(t *testing.T) {
	m := newMaintEnv(t)
	versions := m.assignmentVersions()
	guid := guidOf(versions[0])
	require.Positive(t, m.countGUID("RelationshipVersion", guid), "earlier versions are stored as RelationshipVersion nodes")
	m.purgeRelationship(versions[2])

	requireOMRSException(t, m.post(relationshipHistoryPath(guid), historyRange(nil)), "RelationshipNotKnownException", guid)
	require.Zero(t, m.countGUID("RelationshipVersion", guid), "RelationshipVersion nodes left after the purge")
	require.Zero(t, m.countGUID("", guid), "nodes or edges left after the purge")
}
