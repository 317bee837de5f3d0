//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

func TestMaintAddEntityProxy(t *testing.T) {
	m := newMaintEnv(t)
	proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), newRemoteHome(), uniqueName("proxy"))
	guid := guidOf(proxy)

	response := m.post("/instances/entity-proxy", map[string]any{"class": "EntityProxyRequest", "requestId": uuid.NewString(), "entity": proxy})

	require.Equal(t, "VoidResponse", response["class"])
	requireSuccess(t, response)
	summary := m.payload(m.post("/instances/entity/"+guid+"/summary", getRequest()), "entity")
	require.Equal(t, m.expectServed(proxy), summary, "the proxy is stored as sent")
	requireOMRSException(t, m.post("/instances/entity/"+guid, getRequest()), "EntityProxyOnlyException", guid)
	require.Nil(t, m.knownEntity(guid), "isEntityKnown does not return proxies")
}

func TestMaintAddEntityProxyRejectsBadInput(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	proxy := func(change func(map[string]any)) map[string]any {
		value := m.remoteProxy("GlossaryTerm", uuid.NewString(), home, uniqueName("proxy"))
		change(value)
		return map[string]any{"class": "EntityProxyRequest", "entity": value}
	}
	const path = "/instances/entity-proxy"

	m.requireRejections([]rejection{
		{"no proxy", path, map[string]any{"class": "EntityProxyRequest"}, "InvalidParameterException", nil},
		{"no home", path, proxy(func(p map[string]any) { delete(p, "metadataCollectionId") }), "InvalidParameterException", nil},
		{"homed here", path, proxy(func(p map[string]any) { p["metadataCollectionId"] = m.localID }), "InvalidParameterException", nil},
		{"newer header version", path, proxy(func(p map[string]any) { p["headerVersion"] = 2 }), "InvalidParameterException", nil},
		{"unknown type", path, proxy(func(p map[string]any) {
			p["type"].(map[string]any)["typeDefGUID"] = "no-such-type-guid"
			p["type"].(map[string]any)["typeDefName"] = "NoSuchType"
		}), "TypeErrorException", []string{"NoSuchType"}},
		{"relationship type", path, proxy(func(p map[string]any) { p["type"] = m.instanceType("SemanticAssignment") }),
			"TypeErrorException", []string{"SemanticAssignment"}},
	})
}

func TestMaintNewerProxyReplacesProxy(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	guid := uuid.NewString()
	version := func(number int64, qualifiedName string) map[string]any {
		proxy := m.remoteProxy("GlossaryTerm", guid, home, qualifiedName)
		proxy["version"] = number
		return proxy
	}
	m.addProxy(version(2, "second"))

	newer := version(3, "third")
	m.addProxy(newer)
	summary := m.payload(m.post("/instances/entity/"+guid+"/summary", getRequest()), "entity")
	require.Equal(t, m.expectServed(newer), summary)

	t.Run("older proxy is ignored", func(t *testing.T) {
		bound := m.with(t)
		before := bound.fingerprint()

		bound.addProxy(version(1, "first"))

		require.Equal(t, before, bound.fingerprint())
	})
}

func TestMaintProxyUpgradedByEntityCopy(t *testing.T) {
	tests := []struct {
		name    string
		version int64
	}{
		{name: "same version as the proxy", version: 1},
		{name: "newer than the proxy", version: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMaintEnv(t)
			home := newRemoteHome()
			name := uniqueName("upgraded")
			proxy := m.remoteProxy("GlossaryTerm", uuid.NewString(), home, name)
			m.addProxy(proxy)
			asset := m.addEntity("Asset", omrsStrings("qualifiedName", uniqueName("asset")))
			relationship := m.addRelationship("SemanticAssignment", guidOf(asset), guidOf(proxy), nil)
			requireOMRSException(t, m.post("/instances/entity/"+guidOf(proxy), getRequest()), "EntityProxyOnlyException", guidOf(proxy))

			full := m.remoteEntity("GlossaryTerm", guidOf(proxy), home, tt.version, omrsStrings("qualifiedName", name, "displayName", "Now complete"))
			full["classifications"] = []any{m.remoteClassification("Confidentiality", home, confidentialityLevel(1))}
			requireSuccess(t, m.saveEntityCopy(full))

			served := m.entity(guidOf(proxy))
			require.Equal(t, m.expectServed(full), served, "the full entity replaces the proxy")
			require.Equal(t, jsonInt(tt.version), served["version"])
			end := m.relationship(guidOf(relationship))["entityTwoProxy"]
			require.Equal(t, expectedEndProxy(served), end, "the relationship's end describes the full entity")
			require.Equal(t, []string{guidOf(relationship)}, m.relationshipsOf(guidOf(proxy)))
			summary := m.payload(m.post("/instances/entity/"+guidOf(proxy)+"/summary", getRequest()), "entity")
			require.Equal(t, "EntitySummary", summary["class"])
		})
	}
}

func TestMaintProxyNeverReplacesEntity(t *testing.T) {
	m := newMaintEnv(t)
	home := newRemoteHome()
	name := uniqueName("full")
	full := m.remoteEntity("GlossaryTerm", uuid.NewString(), home, 1, omrsStrings("qualifiedName", name))
	requireSuccess(t, m.saveEntityCopy(full))
	proxy := m.remoteProxy("GlossaryTerm", guidOf(full), home, name)
	proxy["version"] = 4
	before := m.fingerprint()

	m.addProxy(proxy)

	require.Equal(t, before, m.fingerprint())
	require.Equal(t, m.expectServed(full), m.entity(guidOf(full)))
	require.Equal(t, json.Number("1"), m.entity(guidOf(full))["version"])
}

func TestMaintEntityProxyIsReadOnly(t *testing.T) {
	m := newMaintEnv(t)
	proxy := m.remoteProxy("Asset", uuid.NewString(), newRemoteHome(), uniqueName("proxy"))
	m.addProxy(proxy)
	base := "/instances/entity/" + guidOf(proxy)
	retype := map[string]any{"class": "TypeDefChangeRequest", "currentTypeDef": m.typeSummary("Asset"), "newTypeDef": m.typeSummary("DataSet")}

	m.requireRejections([]rejection{
		{"update properties", base + "/properties", propertiesRequest(omrsStrings("qualifiedName", "changed")),
			"InvalidParameterException", []string{guidOf(proxy)}},
		{"delete", base + "/delete", m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(proxy)}},
		{"re-type", base + "/type", retype, "InvalidParameterException", []string{guidOf(proxy)}},
		{"re-identify", base + "/identity?newEntityGUID=" + uuid.NewString(), m.typeIDs("Asset"), "InvalidParameterException", []string{guidOf(proxy)}},
		{"purge", base + "/purge", m.typeIDs("Asset"), "EntityNotKnownException", []string{guidOf(proxy)}},
	})
}
