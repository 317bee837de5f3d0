//go:build integration

package integration

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// historyRange returns a HistoryRangeRequest with the given fields, such as
// fromTime, toTime, offset, pageSize and sequencingOrder. Fields left out
// take their defaults: no time limit, the first element, no page limit and
// BACKWARDS.
func historyRange(fields map[string]any) map[string]any {
	body := map[string]any{"class": "HistoryRangeRequest", "requestId": uuid.NewString()}
	for name, value := range fields {
		body[name] = value
	}
	return body
}

// historyAt returns a HistoryRequest for the version valid at asOfTime.
func historyAt(asOfTime int64) map[string]any {
	return map[string]any{"class": "HistoryRequest", "requestId": uuid.NewString(), "asOfTime": asOfTime}
}

// futureMillis returns a time one hour from now, which no history call
// may accept.
func futureMillis() int64 {
	return time.Now().Add(time.Hour).UnixMilli()
}

// waitPast sleeps until the clock has passed millis. Update times may run
// a little ahead of the clock, because versions made in the same
// millisecond get later times, and a request for a time after the last
// version must not look like one in the future.
func waitPast(millis int64) {
	for nowMillis() <= millis {
		time.Sleep(time.Millisecond)
	}
}

func updateTimeOf(t testing.TB, instance map[string]any) int64 {
	t.Helper()
	return jsonInt64(t, instance["updateTime"])
}

func entityHistoryPath(guid string) string {
	return "/instances/entity/" + guid + "/history/all"
}

func relationshipHistoryPath(guid string) string {
	return "/instances/relationship/" + guid + "/history/all"
}

// historyList requires a successful list response and returns the
// instances in field, or nil when the response carries no list.
func historyList(t testing.TB, response map[string]any, field string) []map[string]any {
	t.Helper()
	requireSuccess(t, response)
	var instances []map[string]any
	for _, item := range asList(response[field]) {
		instances = append(instances, item.(map[string]any))
	}
	return instances
}

// versionNumbers returns the version of each instance, in order.
func versionNumbers(t testing.TB, instances []map[string]any) []int64 {
	t.Helper()
	var versions []int64
	for _, instance := range instances {
		versions = append(versions, jsonInt64(t, instance["version"]))
	}
	return versions
}

// entityHistoryVersions posts getEntityDetailHistory and returns the
// version numbers it lists, nil for no list.
func (m *maintEnv) entityHistoryVersions(guid string, body any) []int64 {
	m.t.Helper()
	response := m.post(entityHistoryPath(guid), body)
	require.Equal(m.t, "EntityListResponse", response["class"])
	return versionNumbers(m.t, historyList(m.t, response, "entities"))
}

// relationshipHistoryVersions posts getRelationshipHistory and returns the
// version numbers it lists, nil for no list.
func (m *maintEnv) relationshipHistoryVersions(guid string, body any) []int64 {
	m.t.Helper()
	response := m.post(relationshipHistoryPath(guid), body)
	require.Equal(m.t, "RelationshipListResponse", response["class"])
	return versionNumbers(m.t, historyList(m.t, response, "relationships"))
}

// termDisplayNames are the displayName values of the versions that
// termVersions creates.
var termDisplayNames = []string{"first", "second", "third"}

// termVersions creates a GlossaryTerm and updates its properties twice.
// It returns the three versions as the create and update calls returned
// them, oldest first.
func (m *maintEnv) termVersions() []map[string]any {
	m.t.Helper()
	name := uniqueName("history")
	versions := []map[string]any{m.addEntity("GlossaryTerm", omrsStrings("qualifiedName", name, "displayName", termDisplayNames[0]))}
	guid := guidOf(versions[0])
	for _, displayName := range termDisplayNames[1:] {
		updated := m.payload(m.updateProperties(guid, omrsStrings("qualifiedName", name, "displayName", displayName)), "entity")
		versions = append(versions, updated)
	}
	waitPast(updateTimeOf(m.t, versions[2]))
	return versions
}

// assignmentVersions creates a SemanticAssignment between a new asset and
// a new term and updates its properties twice. It returns the three
// versions as the create and update calls returned them, oldest first.
func (m *maintEnv) assignmentVersions() []map[string]any {
	m.t.Helper()
	asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
	term := m.addTerm(uniqueName("term"))
	versions := []map[string]any{m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(term), assignmentProperties("first", 1))}
	guid := guidOf(versions[0])
	for i, description := range []string{"second", "third"} {
		updated := m.updateRelationshipProperties(guid, assignmentProperties(description, int64(i+2)))
		versions = append(versions, m.payload(updated, "relationship"))
	}
	waitPast(updateTimeOf(m.t, versions[2]))
	return versions
}

// updateRelationshipProperties calls updateRelationshipProperties and
// returns the response.
func (m *maintEnv) updateRelationshipProperties(guid string, properties any) map[string]any {
	m.t.Helper()
	return m.post("/instances/relationship/"+guid+"/properties", propertiesRequest(properties))
}

// deleteRelationship soft-deletes relationship and returns the deleted
// relationship.
func (m *maintEnv) deleteRelationship(relationship map[string]any) map[string]any {
	m.t.Helper()
	return m.payload(m.post("/instances/relationship/"+guidOf(relationship)+"/delete", m.typeIDsOf(relationship)), "relationship")
}

// purgeEntity soft-deletes entity and then purges it.
func (m *maintEnv) purgeEntity(entity map[string]any) {
	m.t.Helper()
	m.deleteEntity(entity)
	requireSuccess(m.t, m.post("/instances/entity/"+guidOf(entity)+"/purge", m.typeIDsOf(entity)))
}

// purgeRelationship soft-deletes relationship and then purges it.
func (m *maintEnv) purgeRelationship(relationship map[string]any) {
	m.t.Helper()
	m.deleteRelationship(relationship)
	requireSuccess(m.t, m.post("/instances/relationship/"+guidOf(relationship)+"/purge", m.typeIDsOf(relationship)))
}
