package typesystem

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAddGallery(t *testing.T) {
	r := loadedRegistry(t)
	enum := &AttributeTypeDef{Category: AttributeCategoryEnumDef, GUID: "guid-Colour", Name: "Colour", ElementDefs: []*EnumElementDef{{Ordinal: 0, Value: "RED"}}}
	painted := newEntityDef(r, "Painted", "Asset", &TypeDefAttribute{AttributeName: "colour", AttributeType: enum})

	require.NoError(t, r.AddGallery([]*AttributeTypeDef{enum}, []*TypeDef{painted}))
	require.True(t, r.IsTypeOf("Painted", "Asset"))

	err := r.AddGallery(nil, []*TypeDef{newEntityDef(r, "First", "Asset"), newEntityDef(r, "Second", "Ghost"), newEntityDef(r, "Third", "Asset")})
	require.True(t, IsKind(err, KindInvalidTypeDef))
	_, ok := r.TypeDefByName("First")
	require.True(t, ok, "types before the failure stay")
	_, ok = r.TypeDefByName("Third")
	require.False(t, ok, "types after the failure are not added")
}

func TestRemoveTypeDef(t *testing.T) {
	r := loadedRegistry(t)
	require.NoError(t, r.AddTypeDef(newEntityDef(r, "Scratch", "Asset")))
	require.NoError(t, r.AddTypeDef(newEntityDef(r, "ScratchChild", "Scratch")))
	asset, _ := r.TypeDefByName("Asset")
	count := len(r.TypeDefs())

	err := r.RemoveTypeDef("guid-Scratch", "Scratch")
	require.True(t, IsKind(err, KindTypeDefInUse))
	require.Contains(t, err.Error(), "ScratchChild")

	require.NoError(t, r.RemoveTypeDef("guid-ScratchChild", "ScratchChild"))
	require.NoError(t, r.RemoveTypeDef("guid-Scratch", "Scratch"))
	require.Len(t, r.TypeDefs(), count-2)
	_, ok := r.TypeDefByName("Scratch")
	require.False(t, ok)
	stillThere, ok := r.TypeDefByGUID(asset.GUID)
	require.True(t, ok, "indexes are rebuilt after a removal")
	require.Same(t, asset, stillThere)

	require.True(t, IsKind(r.RemoveTypeDef(asset.GUID, "Wrong"), KindTypeDefNotKnown))
	require.True(t, IsKind(r.RemoveTypeDef("", "Asset"), KindInvalidParameter))
	require.True(t, IsKind(r.RemoveTypeDef(asset.GUID, "Asset"), KindTypeDefInUse))
}

func TestRemoveAttributeTypeDef(t *testing.T) {
	r := loadedRegistry(t)
	require.NoError(t, r.AddAttributeTypeDef(&AttributeTypeDef{Category: AttributeCategoryPrimitive, GUID: "guid-text", Name: "text", PrimitiveDefCategory: PrimitiveString}))
	str, _ := r.AttributeTypeDefByName("string")

	require.NoError(t, r.RemoveAttributeTypeDef("guid-text", "text"))
	_, ok := r.AttributeTypeDefByName("text")
	require.False(t, ok)
	require.True(t, IsKind(r.RemoveAttributeTypeDef(str.GUID, "string"), KindTypeDefInUse))
	require.True(t, IsKind(r.RemoveAttributeTypeDef("guid-none", "none"), KindTypeDefNotKnown))
	require.True(t, IsKind(r.RemoveAttributeTypeDef("", ""), KindInvalidParameter))
}

func TestReIdentifyTypeDef(t *testing.T) {
	r := loadedRegistry(t)
	require.NoError(t, r.AddTypeDef(newEntityDef(r, "OldName", "Asset")))

	updated, err := r.ReIdentifyTypeDef("guid-OldName", "OldName", "guid-NewName", "NewName")
	require.NoError(t, err)
	require.Equal(t, "NewName", updated.Name)
	require.Equal(t, int64(2), updated.Version)
	_, ok := r.TypeDefByName("OldName")
	require.False(t, ok)
	byGUID, ok := r.TypeDefByGUID("guid-NewName")
	require.True(t, ok)
	require.Same(t, updated, byGUID)

	renamedOnly, err := r.ReIdentifyTypeDef("guid-NewName", "NewName", "", "NewerName")
	require.NoError(t, err)
	require.Equal(t, "guid-NewName", renamedOnly.GUID)

	asset, _ := r.TypeDefByName("Asset")
	tests := []struct {
		name string
		args [4]string
		kind Kind
	}{
		{"unknown type", [4]string{"guid-x", "X", "g", "Y"}, KindTypeDefNotKnown},
		{"name taken", [4]string{"guid-NewName", "NewerName", "", "Asset"}, KindInvalidParameter},
		{"guid taken", [4]string{"guid-NewName", "NewerName", asset.GUID, ""}, KindInvalidParameter},
		{"invalid name", [4]string{"guid-NewName", "NewerName", "", "bad name"}, KindInvalidParameter},
		{"nothing new", [4]string{"guid-NewName", "NewerName", "", ""}, KindInvalidParameter},
		{"missing identity", [4]string{"", "", "g", "Y"}, KindInvalidParameter},
		{"type with subtypes", [4]string{asset.GUID, "Asset", "", "Holding"}, KindTypeDefInUse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := r.ReIdentifyTypeDef(tt.args[0], tt.args[1], tt.args[2], tt.args[3])
			kind, ok := KindOf(err)
			require.True(t, ok, "error %v", err)
			require.Equal(t, tt.kind, kind, err.Error())
		})
	}
}
