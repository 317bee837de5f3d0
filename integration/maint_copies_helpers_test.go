//go:build integration

package integration

import (
	"github.com/google/uuid"
)

// remoteCreateTime is the createTime of the instances that test peers
// send. A copy with another createTime is a different instance.
const remoteCreateTime = 1719912345678

// remoteUser is the user that created and changed instances on a peer.
const remoteUser = "remoteuser"

// newRemoteHome returns the metadata collection id of a made-up peer. The
// repository has not joined a cohort, so the peer is not an active member.
func newRemoteHome() string {
	return "remote-" + uuid.NewString()
}

// remoteHeader returns the audit header of version of an instance of
// typeName homed in home, as its home repository sends it.
func (m *maintEnv) remoteHeader(class, typeName, home string, version int64) map[string]any {
	return map[string]any{
		"class": class, "headerVersion": 1, "type": m.instanceType(typeName),
		"instanceProvenanceType": "LOCAL_COHORT", "metadataCollectionId": home, "metadataCollectionName": "Remote repository",
		"createdBy": remoteUser, "updatedBy": remoteUser, "maintainedBy": []string{remoteUser},
		"createTime": remoteCreateTime, "updateTime": remoteCreateTime + 1000*version,
		"version": version, "status": "ACTIVE", "lastRequestId": uuid.NewString(),
	}
}

// remoteEntity returns an EntityDetail homed in home. Properties may be
// nil.
func (m *maintEnv) remoteEntity(typeName, guid, home string, version int64, properties map[string]any) map[string]any {
	entity := m.remoteHeader("EntityDetail", typeName, home, version)
	entity["guid"] = guid
	if properties != nil {
		entity["properties"] = properties
	}
	return entity
}

// remoteProxy returns an EntityProxy of version 1 for an entity homed in
// home.
func (m *maintEnv) remoteProxy(typeName, guid, home, qualifiedName string) map[string]any {
	proxy := m.remoteHeader("EntityProxy", typeName, home, 1)
	proxy["guid"] = guid
	proxy["uniqueProperties"] = omrsStrings("qualifiedName", qualifiedName)
	return proxy
}

// remoteClassification returns a Classification of version 1 homed in home.
func (m *maintEnv) remoteClassification(name, home string, properties map[string]any) map[string]any {
	classification := m.remoteHeader("Classification", name, home, 1)
	classification["name"] = name
	classification["classificationOrigin"] = "ASSIGNED"
	if properties != nil {
		classification["properties"] = properties
	}
	return classification
}

// remoteRelationship returns a Relationship homed in home between two end
// proxies. Properties may be nil.
func (m *maintEnv) remoteRelationship(typeName, guid, home string, version int64, end1, end2, properties map[string]any) map[string]any {
	relationship := m.remoteHeader("Relationship", typeName, home, version)
	relationship["guid"] = guid
	relationship["entityOneProxy"] = end1
	relationship["entityTwoProxy"] = end2
	if properties != nil {
		relationship["properties"] = properties
	}
	return relationship
}

// saveEntityCopy calls saveEntityReferenceCopy and returns the response.
func (m *maintEnv) saveEntityCopy(entity map[string]any) map[string]any {
	m.t.Helper()
	return m.post("/instances/entities/reference-copy",
		map[string]any{"class": "EntityDetailRequest", "requestId": uuid.NewString(), "entity": entity})
}

// saveRelationshipCopy calls saveRelationshipReferenceCopy and returns the
// response.
func (m *maintEnv) saveRelationshipCopy(relationship map[string]any) map[string]any {
	m.t.Helper()
	return m.post("/instances/relationships/reference-copy",
		map[string]any{"class": "RelationshipRequest", "requestId": uuid.NewString(), "relationship": relationship})
}

// addProxy calls addEntityProxy and requires success.
func (m *maintEnv) addProxy(proxy map[string]any) {
	m.t.Helper()
	response := m.post("/instances/entity-proxy", map[string]any{"class": "EntityProxyRequest", "requestId": uuid.NewString(), "entity": proxy})
	requireSuccess(m.t, response)
}

// expectServed returns what the repository should serve for an instance
// it stored verbatim. An instance homed with LOCAL_COHORT provenance in a
// collection that is neither this repository nor an active cohort member
// is served as DEREGISTERED_REPOSITORY. The same applies to classifications
// and end proxies.
func (m *maintEnv) expectServed(instance map[string]any) map[string]any {
	served := copyJSON(instance)
	m.deregisterForeign(served)
	return served
}

func (m *maintEnv) deregisterForeign(header map[string]any) {
	if header["instanceProvenanceType"] == "LOCAL_COHORT" && header["metadataCollectionId"] != m.localID {
		header["instanceProvenanceType"] = "DEREGISTERED_REPOSITORY"
	}
	for _, classification := range asList(header["classifications"]) {
		m.deregisterForeign(classification.(map[string]any))
	}
	for _, end := range []string{"entityOneProxy", "entityTwoProxy"} {
		if proxy, ok := header[end].(map[string]any); ok {
			m.deregisterForeign(proxy)
		}
	}
}
