package graph

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

const (
	localID  = "local-collection"
	remoteID = "remote-collection"
)

func testStore() *Store {
	return &Store{collectionID: localID, collectionName: "local", registry: typesystem.NewRegistry()}
}

func millis(m int64) *typesystem.Millis { return typesystem.NewMillis(typesystem.Millis(m)) }

func entity(home string, version, created int64) *typesystem.EntityDetail {
	e := &typesystem.EntityDetail{}
	e.GUID = "g1"
	e.MetadataCollectionID = home
	e.Version = version
	e.CreateTime = millis(created)
	return e
}

func proxy(version int64) *typesystem.EntityProxy {
	p := &typesystem.EntityProxy{}
	p.GUID = "g1"
	p.MetadataCollectionID = remoteID
	p.Version = version
	return p
}

func TestDecideEntity(t *testing.T) {
	tests := []struct {
		name     string
		incoming *typesystem.EntityDetail
		stored   *storedEntity
		want     decision
		wantKind typesystem.Kind
	}{
		{name: "nothing stored", incoming: entity(remoteID, 1, 10), want: storeCopy},
		{name: "newer version", incoming: entity(remoteID, 3, 10), stored: &storedEntity{detail: entity(remoteID, 2, 10)}, want: storeCopy},
		{name: "same version", incoming: entity(remoteID, 2, 10), stored: &storedEntity{detail: entity(remoteID, 2, 10)}, want: keepStored},
		{name: "older version", incoming: entity(remoteID, 1, 10), stored: &storedEntity{detail: entity(remoteID, 2, 10)}, want: keepStored},
		{name: "proxy upgraded by equal version", incoming: entity(remoteID, 2, 10), stored: &storedEntity{proxy: proxy(2)}, want: storeCopy},
		{name: "proxy kept over older entity", incoming: entity(remoteID, 1, 10), stored: &storedEntity{proxy: proxy(2)}, want: keepStored},
		{
			name: "different creation time is another instance", incoming: entity(remoteID, 3, 11),
			stored: &storedEntity{detail: entity(remoteID, 2, 10)}, want: rejectCopy, wantKind: typesystem.KindEntityConflict,
		},
		{
			name: "different home", incoming: entity("third-collection", 3, 10),
			stored: &storedEntity{detail: entity(remoteID, 2, 10)}, want: rejectCopy, wantKind: typesystem.KindEntityConflict,
		},
		{
			name: "copy of a local entity", incoming: entity(localID, 3, 10),
			stored: &storedEntity{detail: entity(localID, 2, 10)}, want: rejectCopy, wantKind: typesystem.KindHomeEntity,
		},
		{name: "local entity restored from backup", incoming: entity(localID, 3, 10), want: storeCopy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := testStore().decideEntity(tt.incoming, tt.stored)
			require.Equal(t, tt.want, got)
			if tt.want != rejectCopy {
				require.NoError(t, err)
				return
			}
			kind, ok := typesystem.KindOf(err)
			require.True(t, ok)
			require.Equal(t, tt.wantKind, kind)
			require.Contains(t, err.Error(), "g1")
		})
	}
}

func TestDecideProxy(t *testing.T) {
	require.Equal(t, storeCopy, decideProxy(proxy(1), nil))
	require.Equal(t, storeCopy, decideProxy(proxy(2), &storedEntity{proxy: proxy(1)}))
	require.Equal(t, keepStored, decideProxy(proxy(1), &storedEntity{proxy: proxy(1)}))
	require.Equal(t, keepStored, decideProxy(proxy(5), &storedEntity{detail: entity(remoteID, 1, 10)}), "a proxy never replaces a full entity")
}

func relationshipBetween(home, end1, end2, typeName string, version int64) *typesystem.Relationship {
	r := &typesystem.Relationship{EntityOneProxy: proxy(1), EntityTwoProxy: proxy(1)}
	r.GUID = "r1"
	r.MetadataCollectionID = home
	r.Version = version
	r.Type = &typesystem.InstanceType{TypeDefName: typeName}
	r.EntityOneProxy.GUID, r.EntityTwoProxy.GUID = end1, end2
	return r
}

func TestDecideRelationship(t *testing.T) {
	stored := &storedRelationship{relationship: relationshipBetween(remoteID, "a", "b", "Schema", 2), typeName: "Schema", end1: "a", end2: "b"}
	tests := []struct {
		name     string
		incoming *typesystem.Relationship
		want     decision
		wantKind typesystem.Kind
	}{
		{name: "newer version", incoming: relationshipBetween(remoteID, "a", "b", "Schema", 3), want: storeCopy},
		{name: "same version", incoming: relationshipBetween(remoteID, "a", "b", "Schema", 2), want: keepStored},
		{name: "other ends", incoming: relationshipBetween(remoteID, "a", "c", "Schema", 3), want: rejectCopy, wantKind: typesystem.KindRelationshipConflict},
		{name: "other type", incoming: relationshipBetween(remoteID, "a", "b", "DataFlow", 3), want: rejectCopy, wantKind: typesystem.KindRelationshipConflict},
		{name: "local home", incoming: relationshipBetween(localID, "a", "b", "Schema", 3), want: rejectCopy, wantKind: typesystem.KindHomeRelationship},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := testStore().decideRelationship(tt.incoming, stored)
			require.Equal(t, tt.want, got)
			if tt.want == rejectCopy {
				kind, _ := typesystem.KindOf(err)
				require.Equal(t, tt.wantKind, kind)
			}
		})
	}
}

func classification(name, home string, version int64) *typesystem.Classification {
	c := &typesystem.Classification{Name: name}
	c.MetadataCollectionID = home
	c.Version = version
	return c
}

func TestMergeHomeClassifications(t *testing.T) {
	incoming := []*typesystem.Classification{classification("Anchors", remoteID, 4), classification("Confidentiality", remoteID, 1)}
	stored := []*typesystem.Classification{
		classification("Anchors", remoteID, 3),        // the home's own: replaced by the incoming one
		classification("Confidentiality", localID, 2), // local and newer: kept
		classification("Memento", localID, 1),         // local, unknown to the home: kept
		classification("Criticality", remoteID, 1),    // the home dropped it: gone
	}

	merged := testStore().mergeHomeClassifications(incoming, stored)

	names := map[string]*typesystem.Classification{}
	for _, c := range merged {
		names[c.Name] = c
	}
	require.Len(t, merged, 3)
	require.Equal(t, int64(4), names["Anchors"].Version)
	require.Equal(t, localID, names["Confidentiality"].MetadataCollectionID)
	require.Contains(t, names, "Memento")
	require.NotContains(t, names, "Criticality")
}

func TestNativeValue(t *testing.T) {
	ordinal := 4
	tests := []struct {
		name  string
		value *typesystem.PropertyValue
		want  any
		ok    bool
	}{
		{name: "string", value: primitive(typesystem.PrimitiveString, "a'b\\c"), want: "a'b\\c", ok: true},
		{name: "long", value: primitive(typesystem.PrimitiveLong, int64(9007199254740993)), want: int64(9007199254740993), ok: true},
		{name: "date", value: primitive(typesystem.PrimitiveDate, typesystem.Millis(1719912345678)), want: int64(1719912345678), ok: true},
		{name: "float", value: primitive(typesystem.PrimitiveDouble, 2.5), want: 2.5, ok: true},
		{name: "big integer stays exact", value: primitive(typesystem.PrimitiveBigInteger, big.NewInt(0).Lsh(big.NewInt(1), 70)), want: "1180591620717411303424", ok: true},
		{name: "json number beyond int64", value: primitive(typesystem.PrimitiveBigDecimal, json.Number("1.25")), want: "1.25", ok: true},
		{name: "enum", value: &typesystem.PropertyValue{Category: typesystem.PropertyCategoryEnum, SymbolicName: "IN_PROGRESS", Ordinal: &ordinal}, want: "IN_PROGRESS", ok: true},
		{name: "null", value: primitive(typesystem.PrimitiveString, nil), ok: false},
		{name: "string array", value: array(primitive(typesystem.PrimitiveString, "x"), primitive(typesystem.PrimitiveString, "y")), want: []any{"x", "y"}, ok: true},
		{name: "mixed array as JSON", value: array(primitive(typesystem.PrimitiveString, "x"), primitive(typesystem.PrimitiveInt, int64(1))), want: `["x",1]`, ok: true},
		{name: "map as JSON", value: mapValue("owner", primitive(typesystem.PrimitiveString, "erin")), want: `{"owner":"erin"}`, ok: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := nativeValue(tt.value)
			require.Equal(t, tt.ok, ok)
			require.Equal(t, tt.want, got)
		})
	}
}

func primitive(category typesystem.PrimitiveDefCategory, v any) *typesystem.PropertyValue {
	return &typesystem.PropertyValue{Category: typesystem.PropertyCategoryPrimitive, PrimitiveDefCategory: category, PrimitiveValue: v}
}

func array(values ...*typesystem.PropertyValue) *typesystem.PropertyValue {
	elements := map[string]*typesystem.PropertyValue{}
	for i, v := range values {
		elements[string(rune('0'+i))] = v
	}
	return &typesystem.PropertyValue{Category: typesystem.PropertyCategoryArray, ArrayValues: typesystem.NewInstanceProperties(elements)}
}

func mapValue(key string, value *typesystem.PropertyValue) *typesystem.PropertyValue {
	return &typesystem.PropertyValue{Category: typesystem.PropertyCategoryMap,
		MapValues: typesystem.NewInstanceProperties(map[string]*typesystem.PropertyValue{key: value})}
}

func TestNativeKeyAvoidsHeaderFields(t *testing.T) {
	require.Equal(t, "qualifiedName", nativeKey("qualifiedName"))
	require.Equal(t, "attribute_version", nativeKey("version"))
	require.Equal(t, "attribute_guid", nativeKey("guid"))
}

func TestFixProvenance(t *testing.T) {
	tests := []struct {
		name       string
		header     typesystem.InstanceAuditHeader
		wantType   typesystem.InstanceProvenanceType
		wantHome   string
		wantCopier string
	}{
		{name: "no home is local", header: typesystem.InstanceAuditHeader{}, wantType: typesystem.ProvenanceLocalCohort, wantHome: localID},
		{
			name:     "foreign cohort home is deregistered",
			header:   typesystem.InstanceAuditHeader{MetadataCollectionID: remoteID, InstanceProvenanceType: typesystem.ProvenanceLocalCohort},
			wantType: typesystem.ProvenanceDeregisteredRepository, wantHome: remoteID,
		},
		{
			name:     "local cohort home stays",
			header:   typesystem.InstanceAuditHeader{MetadataCollectionID: localID, InstanceProvenanceType: typesystem.ProvenanceLocalCohort},
			wantType: typesystem.ProvenanceLocalCohort, wantHome: localID,
		},
		{
			name:     "external source gets replicatedBy",
			header:   typesystem.InstanceAuditHeader{MetadataCollectionID: "tool", InstanceProvenanceType: typesystem.ProvenanceExternalSource},
			wantType: typesystem.ProvenanceExternalSource, wantHome: "tool", wantCopier: localID,
		},
		{
			name:     "content pack unchanged",
			header:   typesystem.InstanceAuditHeader{MetadataCollectionID: "pack", InstanceProvenanceType: typesystem.ProvenanceContentPack, ReplicatedBy: localID},
			wantType: typesystem.ProvenanceContentPack, wantHome: "pack", wantCopier: localID,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header := tt.header
			testStore().fixProvenance(&header)
			require.Equal(t, tt.wantType, header.InstanceProvenanceType)
			require.Equal(t, tt.wantHome, header.MetadataCollectionID)
			require.Equal(t, tt.wantCopier, header.ReplicatedBy)
		})
	}
}

func TestLatestAt(t *testing.T) {
	spans := []span{{from: 100, to: 200}, {from: 200, to: 200}, {from: 200, to: forever}}
	require.Equal(t, -1, latestAt(spans, 99), "before creation")
	require.Equal(t, 0, latestAt(spans, 100), "a version is valid from its start, inclusive")
	require.Equal(t, 0, latestAt(spans, 199))
	require.Equal(t, 2, latestAt(spans, 200), "of versions starting at the same millisecond the highest wins")
	require.Equal(t, 2, latestAt(spans, 5000))
}

func TestHistoryWindowPick(t *testing.T) {
	spans := []span{{from: 100, to: 200}, {from: 200, to: 300}, {from: 300, to: forever}}
	tests := []struct {
		name          string
		window        historyWindow
		want          []int
		startedBefore bool
	}{
		{name: "everything newest first", window: historyWindow{from: -1 << 62, to: forever, backwards: true}, want: []int{2, 1, 0}, startedBefore: true},
		{name: "everything oldest first", window: historyWindow{from: -1 << 62, to: forever}, want: []int{0, 1, 2}, startedBefore: true},
		{name: "toTime is exclusive", window: historyWindow{from: -1 << 62, to: 200}, want: []int{0}, startedBefore: true},
		{name: "fromTime is inclusive", window: historyWindow{from: 200, to: forever}, want: []int{1, 2}, startedBefore: true},
		{name: "window inside one version", window: historyWindow{from: 210, to: 220}, want: []int{1}, startedBefore: true},
		{name: "before creation", window: historyWindow{from: -1 << 62, to: 100}, want: nil, startedBefore: false},
		{name: "middle page", window: historyWindow{from: -1 << 62, to: forever, offset: 1, limit: 1}, want: []int{1}, startedBefore: true},
		{name: "offset past the end", window: historyWindow{from: -1 << 62, to: forever, offset: 3}, want: nil, startedBefore: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, startedBefore := tt.window.pick(spans)
			require.Equal(t, tt.want, got)
			require.Equal(t, tt.startedBefore, startedBefore)
		})
	}
}

func TestOrderForRestore(t *testing.T) {
	link := func(name string) *typesystem.TypeDefLink { return &typesystem.TypeDefLink{Name: name} }
	types := []*typesystem.TypeDef{
		{Name: "Lineage", Category: typesystem.CategoryRelationshipDef},
		{Name: "DataFlow", Category: typesystem.CategoryRelationshipDef, SuperType: link("Lineage")},
		{Name: "Confidential", Category: typesystem.CategoryClassificationDef},
		{Name: "Asset", Category: typesystem.CategoryEntityDef, SuperType: link("Referenceable")},
		{Name: "DeployedAPI", Category: typesystem.CategoryEntityDef, SuperType: link("Asset")},
		{Name: "Referenceable", Category: typesystem.CategoryEntityDef},
	}

	var names []string
	for _, typeDef := range orderForRestore(types) {
		names = append(names, typeDef.Name)
	}

	require.Equal(t, []string{"Referenceable", "Asset", "DeployedAPI", "Confidential", "Lineage", "DataFlow"}, names)
}
