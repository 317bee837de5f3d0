package typesystem

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func link(r *Registry, name string) *TypeDefLink {
	if td, ok := r.TypeDefByName(name); ok {
		return td.Link()
	}
	return &TypeDefLink{GUID: "guid-" + name, Name: name}
}

func attribute(r *Registry, name, typeName string) *TypeDefAttribute {
	attributeType, ok := r.AttributeTypeDefByName(typeName)
	if !ok {
		attributeType = &AttributeTypeDef{Category: AttributeCategoryPrimitive, GUID: "guid-" + typeName, Name: typeName, PrimitiveDefCategory: PrimitiveString}
	}
	return &TypeDefAttribute{AttributeName: name, AttributeType: attributeType.Clone(), AttributeStatus: AttributeStatusActive}
}

func newEntityDef(r *Registry, name, super string, attributes ...*TypeDefAttribute) *TypeDef {
	td := &TypeDef{
		Category: CategoryEntityDef, GUID: "guid-" + name, Name: name, Version: 1, VersionName: "1.0",
		Status: TypeDefStatusActive, ValidInstanceStatusList: []InstanceStatus{StatusActive, StatusDeleted},
		InitialStatus: StatusActive, PropertiesDefinition: attributes,
	}
	if super != "" {
		td.SuperType = link(r, super)
	}
	return td
}

func newRelationshipDef(r *Registry, name, end1, end2 string) *TypeDef {
	return &TypeDef{
		Category: CategoryRelationshipDef, GUID: "guid-" + name, Name: name, Version: 1, VersionName: "1.0",
		EndDef1: &RelationshipEndDef{EntityType: link(r, end1), AttributeName: "one", AttributeCardinality: EndCardinalityAnyNumber},
		EndDef2: &RelationshipEndDef{EntityType: link(r, end2), AttributeName: "two", AttributeCardinality: EndCardinalityAnyNumber},
	}
}

func TestAddTypeDefErrors(t *testing.T) {
	r := loadedRegistry(t)
	asset, _ := r.TypeDefByName("Asset")

	tests := []struct {
		name    string
		typeDef func() *TypeDef
		kind    Kind
		message string
	}{
		{"nil", func() *TypeDef { return nil }, KindInvalidParameter, "no TypeDef"},
		{"newer header version", func() *TypeDef { td := newEntityDef(r, "X1", "Asset"); td.HeaderVersion = 2; return td }, KindInvalidTypeDef, "headerVersion 2"},
		{"missing guid", func() *TypeDef { td := newEntityDef(r, "X2", "Asset"); td.GUID = ""; return td }, KindInvalidParameter, "no guid"},
		{"missing name", func() *TypeDef { td := newEntityDef(r, "X3", "Asset"); td.Name = ""; return td }, KindInvalidParameter, "no name"},
		{"missing category", func() *TypeDef { td := newEntityDef(r, "X4", "Asset"); td.Category = ""; return td }, KindInvalidParameter, "no category"},
		{"known", func() *TypeDef { return asset.Clone() }, KindTypeDefKnown, "already defined"},
		{"name taken", func() *TypeDef { td := newEntityDef(r, "Asset", "Referenceable"); return td }, KindTypeDefConflict, "name Asset"},
		{"guid taken", func() *TypeDef { td := newEntityDef(r, "X5", "Asset"); td.GUID = asset.GUID; return td }, KindTypeDefConflict, asset.GUID},
		{"name of an attribute type", func() *TypeDef { return newEntityDef(r, "BiopsyScope", "Asset") }, KindTypeDefConflict, "AttributeTypeDef"},
		{"invalid name", func() *TypeDef { return newEntityDef(r, "Bad Name", "Asset") }, KindInvalidTypeDef, `"Bad Name"`},
		{"name with backtick", func() *TypeDef { return newEntityDef(r, "Bad`Name", "Asset") }, KindInvalidTypeDef, "Bad`Name"},
		{"unknown category", func() *TypeDef { td := newEntityDef(r, "X6", ""); td.Category = CategoryUnknownDef; return td }, KindInvalidTypeDef, "UNKNOWN_DEF"},
		{"unknown supertype", func() *TypeDef { return newEntityDef(r, "X7", "Ghost") }, KindInvalidTypeDef, "unknown type Ghost"},
		{"supertype of other category", func() *TypeDef { return newEntityDef(r, "X8", "Confidentiality") }, KindInvalidTypeDef, "CLASSIFICATION_DEF"},
		{"supertype link with wrong name", func() *TypeDef {
			td := newEntityDef(r, "X9", "Asset")
			td.SuperType.Name = "Process"
			return td
		}, KindInvalidTypeDef, "belongs to Asset"},
		{"invalid attribute name", func() *TypeDef { return newEntityDef(r, "X10", "Asset", attribute(r, "bad-name", "string")) }, KindInvalidTypeDef, `"bad-name"`},
		{"duplicate attribute", func() *TypeDef {
			return newEntityDef(r, "X11", "Asset", attribute(r, "a", "string"), attribute(r, "a", "string"))
		}, KindInvalidTypeDef, "defined twice"},
		{"unknown attribute type", func() *TypeDef { return newEntityDef(r, "X12", "Asset", attribute(r, "a", "tuple")) }, KindInvalidTypeDef, "unknown attribute type tuple"},
		{"missing attribute type", func() *TypeDef {
			return newEntityDef(r, "X13", "Asset", &TypeDefAttribute{AttributeName: "a"})
		}, KindInvalidTypeDef, "no attributeType"},
		{"inherited attribute with another type", func() *TypeDef {
			return newEntityDef(r, "X14", "Asset", attribute(r, "qualifiedName", "int"))
		}, KindInvalidTypeDef, "already defined with type string"},
		{"relationship end unknown", func() *TypeDef { return newRelationshipDef(r, "X15", "Asset", "Ghost") }, KindInvalidTypeDef, "endDef2 entityType"},
		{"relationship end not an entity", func() *TypeDef { return newRelationshipDef(r, "X16", "Confidentiality", "Asset") }, KindInvalidTypeDef, "endDef1"},
		{"relationship end missing", func() *TypeDef {
			td := newRelationshipDef(r, "X17", "Asset", "Asset")
			td.EndDef2 = nil
			return td
		}, KindInvalidTypeDef, "endDef2 has no entity type"},
		{"classification for unknown entity", func() *TypeDef {
			return &TypeDef{Category: CategoryClassificationDef, GUID: "guid-X18", Name: "X18", ValidEntityDefs: []*TypeDefLink{link(r, "Ghost")}}
		}, KindInvalidTypeDef, "validEntityDefs[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			version := r.Version()
			err := r.AddTypeDef(tt.typeDef())

			require.Error(t, err)
			kind, ok := KindOf(err)
			require.True(t, ok)
			require.Equal(t, tt.kind, kind, err.Error())
			require.Contains(t, err.Error(), tt.message)
			require.Equal(t, version, r.Version(), "a rejected type changes nothing")
		})
	}
}

func TestAddTypeDefAcceptsNewTypes(t *testing.T) {
	r := loadedRegistry(t)

	require.NoError(t, r.AddTypeDef(newEntityDef(r, "SalesReport", "Asset", attribute(r, "region", "string"), attribute(r, "qualifiedName", "string"))))
	require.NoError(t, r.AddTypeDef(newRelationshipDef(r, "SalesReportSource", "SalesReport", "Asset")))
	require.NoError(t, r.AddTypeDef(&TypeDef{Category: CategoryClassificationDef, GUID: "guid-Audited", Name: "Audited", ValidEntityDefs: []*TypeDefLink{link(r, "SalesReport")}}))

	require.True(t, r.IsTypeOf("SalesReport", "Referenceable"))
	region, ok := r.Attribute("SalesReport", "region")
	require.True(t, ok)
	require.Equal(t, "string", region.AttributeType.Name)
}

func TestAddTypeDefStoresCopy(t *testing.T) {
	r := loadedRegistry(t)
	td := newEntityDef(r, "CopyCheck", "Asset")
	require.NoError(t, r.AddTypeDef(td))

	td.Description = "changed by the caller"
	stored, ok := r.TypeDefByName("CopyCheck")
	require.True(t, ok)
	require.Empty(t, stored.Description)
}

func TestAddAttributeTypeDefErrors(t *testing.T) {
	r := loadedRegistry(t)
	str, _ := r.AttributeTypeDefByName("string")

	tests := []struct {
		name    string
		def     *AttributeTypeDef
		kind    Kind
		message string
	}{
		{"nil", nil, KindInvalidParameter, "no AttributeTypeDef"},
		{"missing guid", &AttributeTypeDef{Name: "n", Category: AttributeCategoryPrimitive}, KindInvalidParameter, "no guid"},
		{"missing name", &AttributeTypeDef{GUID: "g", Category: AttributeCategoryPrimitive}, KindInvalidParameter, "no name"},
		{"missing category", &AttributeTypeDef{GUID: "g", Name: "n"}, KindInvalidParameter, "no category"},
		{"newer header version", &AttributeTypeDef{HeaderVersion: 3, GUID: "g", Name: "n", Category: AttributeCategoryPrimitive}, KindInvalidTypeDef, "headerVersion 3"},
		{"known", str.Clone(), KindTypeDefKnown, "already defined"},
		{"name of a TypeDef", &AttributeTypeDef{GUID: "g", Name: "Asset", Category: AttributeCategoryPrimitive, PrimitiveDefCategory: PrimitiveString}, KindTypeDefConflict, "TypeDef"},
		{"guid taken", &AttributeTypeDef{GUID: str.GUID, Name: "text", Category: AttributeCategoryPrimitive, PrimitiveDefCategory: PrimitiveString}, KindTypeDefConflict, str.GUID},
		{"primitive without category", &AttributeTypeDef{GUID: "g", Name: "p", Category: AttributeCategoryPrimitive}, KindInvalidTypeDef, "primitiveDefCategory"},
		{"map with one argument", &AttributeTypeDef{GUID: "g", Name: "m", Category: AttributeCategoryCollection, CollectionDefCategory: CollectionMap, ArgumentCount: 1, ArgumentTypes: []PrimitiveDefCategory{PrimitiveString}}, KindInvalidTypeDef, "needs 2"},
		{"collection without kind", &AttributeTypeDef{GUID: "g", Name: "c", Category: AttributeCategoryCollection}, KindInvalidTypeDef, "collectionDefCategory"},
		{"enum without elements", &AttributeTypeDef{GUID: "g", Name: "e", Category: AttributeCategoryEnumDef}, KindInvalidTypeDef, "no elementDefs"},
		{"unknown category", &AttributeTypeDef{GUID: "g", Name: "u", Category: AttributeCategoryUnknownDef}, KindInvalidTypeDef, "UNKNOWN_DEF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := r.AddAttributeTypeDef(tt.def)

			kind, ok := KindOf(err)
			require.True(t, ok, "error %v", err)
			require.Equal(t, tt.kind, kind, err.Error())
			require.Contains(t, err.Error(), tt.message)
		})
	}

	require.NoError(t, r.AddAttributeTypeDef(&AttributeTypeDef{GUID: "g-array-long", Name: "array<long>", Category: AttributeCategoryCollection, CollectionDefCategory: CollectionArray, ArgumentCount: 1, ArgumentTypes: []PrimitiveDefCategory{PrimitiveLong}}))
}

func validPatch(td *TypeDef) *TypeDefPatch {
	return &TypeDefPatch{
		TypeDefGUID: td.GUID, TypeDefName: td.Name, ApplyToVersion: td.Version, UpdateToVersion: td.Version + 1,
		NewVersionName: "next", UpdatedBy: "tester", UpdateTime: NewMillis(1700000000000),
	}
}

func TestApplyPatchErrors(t *testing.T) {
	r := loadedRegistry(t)
	asset, _ := r.TypeDefByName("Asset")
	referenceable, _ := r.TypeDefByName("Referenceable")
	confidentiality, _ := r.TypeDefByName("Confidentiality")

	tests := []struct {
		name    string
		patch   func() *TypeDefPatch
		kind    Kind
		message string
	}{
		{"nil", func() *TypeDefPatch { return nil }, KindInvalidParameter, "no TypeDefPatch"},
		{"no type named", func() *TypeDefPatch { p := validPatch(asset); p.TypeDefName, p.TypeDefGUID = "", ""; return p }, KindPatchError, "names no TypeDef"},
		{"version not increasing", func() *TypeDefPatch { p := validPatch(asset); p.UpdateToVersion = p.ApplyToVersion; return p }, KindPatchError, "must be greater"},
		{"missing version name", func() *TypeDefPatch { p := validPatch(asset); p.NewVersionName = ""; return p }, KindPatchError, "newVersionName"},
		{"missing updatedBy", func() *TypeDefPatch { p := validPatch(asset); p.UpdatedBy = ""; return p }, KindPatchError, "updatedBy"},
		{"missing updateTime", func() *TypeDefPatch { p := validPatch(asset); p.UpdateTime = nil; return p }, KindPatchError, "updateTime"},
		{"unknown type", func() *TypeDefPatch { p := validPatch(asset); p.TypeDefName, p.TypeDefGUID = "Ghost", "g"; return p }, KindTypeDefNotKnown, "Ghost"},
		{"guid of another type", func() *TypeDefPatch { p := validPatch(asset); p.TypeDefGUID = referenceable.GUID; return p }, KindPatchError, referenceable.GUID},
		{"future version", func() *TypeDefPatch { p := validPatch(asset); p.ApplyToVersion += 5; p.UpdateToVersion += 5; return p }, KindPatchError, "patches for the versions in between"},
		{"supertype cycle", func() *TypeDefPatch { p := validPatch(referenceable); p.SuperType = link(r, "Asset"); return p }, KindPatchError, "supertype of itself"},
		{"supertype unknown", func() *TypeDefPatch { p := validPatch(asset); p.SuperType = link(r, "Ghost"); return p }, KindPatchError, "unknown type Ghost"},
		{"attribute type change", func() *TypeDefPatch {
			p := validPatch(referenceable)
			p.PropertyDefinitions = []*TypeDefAttribute{attribute(r, "qualifiedName", "int")}
			return p
		}, KindPatchError, "keep type string"},
		{"attribute of unknown type", func() *TypeDefPatch {
			p := validPatch(asset)
			p.PropertyDefinitions = []*TypeDefAttribute{attribute(r, "score", "tuple")}
			return p
		}, KindPatchError, "unknown attribute type"},
		{"valid entity defs unknown", func() *TypeDefPatch {
			p := validPatch(confidentiality)
			p.ValidEntityDefs = []*TypeDefLink{link(r, "Ghost")}
			return p
		}, KindPatchError, "Ghost"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			version := r.Version()
			_, err := r.ApplyPatch(tt.patch())

			kind, ok := KindOf(err)
			require.True(t, ok, "error %v", err)
			require.Equal(t, tt.kind, kind, err.Error())
			require.Contains(t, err.Error(), tt.message)
			require.Equal(t, version, r.Version())
		})
	}
	stored, _ := r.TypeDefByName("Asset")
	require.Same(t, asset, stored, "rejected patches leave the stored type alone")
}

func TestApplyPatchIgnoresFieldsOfOtherCategories(t *testing.T) {
	r := loadedRegistry(t)
	asset, _ := r.TypeDefByName("Asset")
	p := validPatch(asset)
	p.EndDef1 = &RelationshipEndDef{EntityType: link(r, "Asset")}
	p.UpdateMultiLink, p.MultiLink = true, true
	p.ValidEntityDefs = []*TypeDefLink{link(r, "Asset")}

	patched, err := r.ApplyPatch(p)

	require.NoError(t, err)
	require.Equal(t, asset.Version+1, patched.Version)
	require.Nil(t, patched.EndDef1)
	require.False(t, patched.MultiLink)
	require.Nil(t, patched.ValidEntityDefs)
}

func TestEnumWithRepeatedOrdinal(t *testing.T) {
	r := NewRegistry()
	enum := &AttributeTypeDef{GUID: "g", Name: "e", Category: AttributeCategoryEnumDef,
		ElementDefs: []*EnumElementDef{{Ordinal: 1, Value: "A"}, {Ordinal: 1, Value: "B"}}}

	require.NoError(t, r.AddAttributeTypeDef(enum), "Egeria 4.2's ActivityType repeats an ordinal")
	err := r.AddAttributeTypeDef(&AttributeTypeDef{GUID: "g2", Name: "e2", Category: AttributeCategoryEnumDef,
		ElementDefs: []*EnumElementDef{{Ordinal: 1, Value: "A"}, {Ordinal: 2, Value: "A"}}})
	require.True(t, IsKind(err, KindInvalidTypeDef), "values must still differ: %v", err)
}

func TestApplyPatchMergesAttributes(t *testing.T) {
	r := loadedRegistry(t)
	asset, _ := r.TypeDefByName("Asset")
	ownBefore := len(asset.PropertiesDefinition)

	redefined := attribute(r, "resourceName", "string")
	redefined.AttributeStatus = AttributeStatusDeprecated
	patch := validPatch(asset)
	patch.PropertyDefinitions = []*TypeDefAttribute{redefined, attribute(r, "score", "int")}
	patch.ValidInstanceStatusList = []InstanceStatus{StatusActive, StatusOther, StatusDeleted}
	patch.InitialStatus = StatusOther
	patch.TypeDefStatus = TypeDefStatusDeprecated

	updated, err := r.ApplyPatch(patch)
	require.NoError(t, err)

	require.Len(t, updated.PropertiesDefinition, ownBefore+1)
	resourceName, ok := r.Attribute("Asset", "resourceName")
	require.True(t, ok)
	require.Equal(t, AttributeStatusDeprecated, resourceName.AttributeStatus)
	_, ok = r.Attribute("ToDo", "score")
	require.True(t, ok, "subtypes inherit the new attribute")
	require.Equal(t, StatusOther, updated.InitialStatus)
	require.Equal(t, TypeDefStatusDeprecated, updated.Status)
	require.Equal(t, "next", updated.VersionName)
	require.Equal(t, "tester", updated.UpdatedBy)
}

func TestApplyPatchRelationshipFields(t *testing.T) {
	r := loadedRegistry(t)
	rel, _ := r.TypeDefByName("AttachedComment")

	patch := validPatch(rel)
	patch.UpdateMultiLink = true
	patch.MultiLink = !rel.MultiLink
	patch.EndDef2 = &RelationshipEndDef{EntityType: link(r, "Comment"), AttributeName: "replies", AttributeCardinality: EndCardinalityAtMostOne}
	updated, err := r.ApplyPatch(patch)

	require.NoError(t, err)
	require.Equal(t, !rel.MultiLink, updated.MultiLink)
	require.Equal(t, "replies", updated.EndDef2.AttributeName)

	patch = validPatch(updated)
	patch.MultiLink = !updated.MultiLink
	again, err := r.ApplyPatch(patch)
	require.NoError(t, err)
	require.Equal(t, updated.MultiLink, again.MultiLink, "multiLink changes only with updateMultiLink")
}
