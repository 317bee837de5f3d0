package typesystem

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func typeNames(typeDefs []*TypeDef) []string {
	var names []string
	for _, td := range typeDefs {
		names = append(names, td.Name)
	}
	return names
}

func TestFindTypesByName(t *testing.T) {
	r := loadedRegistry(t)

	tests := []struct {
		name           string
		pattern        string
		typeDefs       []string
		attributeTypes []string
	}{
		{"exact name", "Asset", []string{"Asset"}, nil},
		{"attribute type", "string", nil, []string{"string"}},
		{"quoted literal", `\Qmap<string,string>\E`, nil, []string{"map<string,string>"}},
		{"case insensitive", "(?i)biopsyreport", []string{"BiopsyReport"}, nil},
		{"prefix", "Biopsy.*", []string{"BiopsyReport", "BiopsySupportingEvidence"}, []string{"BiopsyScope"}},
		{"whole name only", "sset", nil, nil},
		{"no match", "NoSuchType", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			typeDefs, attributeTypes, err := r.FindTypesByName(tt.pattern)
			require.NoError(t, err)
			require.Equal(t, tt.typeDefs, typeNames(typeDefs))
			var attributeNames []string
			for _, a := range attributeTypes {
				attributeNames = append(attributeNames, a.Name)
			}
			require.Equal(t, tt.attributeTypes, attributeNames)
		})
	}
}

func TestPatternParameterErrors(t *testing.T) {
	r := loadedRegistry(t)

	tests := []struct {
		name    string
		call    func() error
		param   string
		message string
	}{
		{"empty name", func() error { _, _, err := r.FindTypesByName(""); return err }, "name", "empty"},
		{"lookahead", func() error { _, _, err := r.FindTypesByName("(?=Asset)Asset"); return err }, "name", "(?=Asset)Asset"},
		{"unbalanced", func() error { _, err := r.SearchTypeDefs("Asset("); return err }, "searchCriteria", "Asset("},
		{"empty search", func() error { _, err := r.SearchTypeDefs(""); return err }, "searchCriteria", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()

			var e *Error
			require.ErrorAs(t, err, &e)
			require.Equal(t, KindInvalidParameter, e.Kind)
			require.Equal(t, tt.param, e.ParameterName)
			require.Contains(t, err.Error(), tt.message)
		})
	}
}

func TestSearchTypeDefs(t *testing.T) {
	r := loadedRegistry(t)

	found, err := r.SearchTypeDefs(".*Biopsy.*")
	require.NoError(t, err)
	require.Equal(t, []string{"BiopsyReport", "BiopsySupportingEvidence"}, typeNames(found), "attribute types are not searched")

	found, err = r.SearchTypeDefs("Nothing.*Here")
	require.NoError(t, err)
	require.Nil(t, found)
}

func TestTypeDefsByCategory(t *testing.T) {
	r := loadedRegistry(t)

	total := 0
	for _, category := range []TypeDefCategory{CategoryEntityDef, CategoryRelationshipDef, CategoryClassificationDef} {
		found, err := r.TypeDefsByCategory(category)
		require.NoError(t, err)
		for _, td := range found {
			require.Equal(t, category, td.Category)
		}
		total += len(found)
	}
	require.Equal(t, len(r.TypeDefs()), total)

	found, err := r.TypeDefsByCategory(CategoryUnknownDef)
	require.NoError(t, err)
	require.Nil(t, found)

	_, err = r.TypeDefsByCategory("")
	require.True(t, IsKind(err, KindInvalidParameter))
	_, err = r.TypeDefsByCategory("TABLE_DEF")
	require.True(t, IsKind(err, KindInvalidParameter))
}

func TestAttributeTypeDefsByCategory(t *testing.T) {
	r := loadedRegistry(t)

	primitives, err := r.AttributeTypeDefsByCategory(AttributeCategoryPrimitive)
	require.NoError(t, err)
	require.Len(t, primitives, 13)
	collections, err := r.AttributeTypeDefsByCategory(AttributeCategoryCollection)
	require.NoError(t, err)
	require.Len(t, collections, 9)
	enums, err := r.AttributeTypeDefsByCategory(AttributeCategoryEnumDef)
	require.NoError(t, err)
	require.Len(t, enums, 29)

	_, err = r.AttributeTypeDefsByCategory("")
	require.True(t, IsKind(err, KindInvalidParameter))
}

func TestTypeDefsByProperty(t *testing.T) {
	r := loadedRegistry(t)

	found, err := r.TypeDefsByProperty([]string{"qualifiedName"})
	require.NoError(t, err)
	require.Contains(t, typeNames(found), "Referenceable")
	require.NotContains(t, typeNames(found), "Asset", "inherited attributes do not count")

	found, err = r.TypeDefsByProperty([]string{"biopsyScope", "biopsyTechniqueType"})
	require.NoError(t, err)
	require.Equal(t, []string{"BiopsyReport"}, typeNames(found))

	found, err = r.TypeDefsByProperty([]string{"noSuchAttribute"})
	require.NoError(t, err)
	require.Nil(t, found)

	_, err = r.TypeDefsByProperty(nil)
	require.True(t, IsKind(err, KindInvalidParameter))
}

func TestTypesByExternalID(t *testing.T) {
	r := loadedRegistry(t)

	found, err := r.TypesByExternalID("DCAT", "", "")
	require.NoError(t, err)
	require.Nil(t, found, "the types archive has no external standard mappings")

	td := newEntityDef(r, "Dataset", "Asset", attribute(r, "title", "string"))
	td.ExternalStandardMappings = []*ExternalStandardMapping{{StandardName: "DCAT", StandardOrganization: "W3C", StandardTypeName: "Dataset"}}
	td.PropertiesDefinition[0].ExternalStandardMappings = []*ExternalStandardMapping{{StandardName: "DCAT", StandardTypeName: "title"}}
	require.NoError(t, r.AddTypeDef(td))

	found, err = r.TypesByExternalID("DCAT", "", "")
	require.NoError(t, err)
	require.Equal(t, []string{"Dataset", "Dataset"}, typeNames(found), "one entry per matching mapping")

	found, err = r.TypesByExternalID("", "W3C", "")
	require.NoError(t, err)
	require.Equal(t, []string{"Dataset"}, typeNames(found))

	found, err = r.TypesByExternalID("", "", "title")
	require.NoError(t, err)
	require.Equal(t, []string{"Dataset"}, typeNames(found))

	_, err = r.TypesByExternalID("", "", "")
	require.True(t, IsKind(err, KindInvalidParameter))
}

func TestVerifyTypeDef(t *testing.T) {
	r := loadedRegistry(t)

	for _, td := range r.TypeDefs() {
		ok, err := r.VerifyTypeDef(td)
		require.NoError(t, err, td.Name)
		require.True(t, ok, td.Name)
	}
	for _, a := range r.AttributeTypeDefs() {
		ok, err := r.VerifyAttributeTypeDef(a)
		require.NoError(t, err, a.Name)
		require.True(t, ok, a.Name)
	}

	ok, err := r.VerifyTypeDef(newEntityDef(r, "Unstored", "Asset"))
	require.NoError(t, err)
	require.False(t, ok)

	asset, _ := r.TypeDefByName("Asset")
	changed := asset.Clone()
	changed.VersionName = "99"
	_, err = r.VerifyTypeDef(changed)
	require.True(t, IsKind(err, KindTypeDefConflict))

	renamed := asset.Clone()
	renamed.Name = "AssetRenamed"
	_, err = r.VerifyTypeDef(renamed)
	require.True(t, IsKind(err, KindTypeDefConflict))

	selfParent := asset.Clone()
	selfParent.SuperType = asset.Link()
	_, err = r.VerifyTypeDef(selfParent)
	require.True(t, IsKind(err, KindInvalidTypeDef))

	_, err = r.VerifyTypeDef(newEntityDef(r, "Orphan", "Ghost"))
	require.True(t, IsKind(err, KindInvalidTypeDef))

	_, err = r.VerifyTypeDef(nil)
	require.True(t, IsKind(err, KindInvalidParameter))
}

func TestVerifyAttributeTypeDef(t *testing.T) {
	r := loadedRegistry(t)
	str, _ := r.AttributeTypeDefByName("string")

	ok, err := r.VerifyAttributeTypeDef(&AttributeTypeDef{GUID: "g", Name: "text", Category: AttributeCategoryPrimitive, PrimitiveDefCategory: PrimitiveString})
	require.NoError(t, err)
	require.False(t, ok)

	changed := str.Clone()
	changed.Description = "different"
	_, err = r.VerifyAttributeTypeDef(changed)
	require.True(t, IsKind(err, KindTypeDefConflict))

	moved := str.Clone()
	moved.Name = "text"
	_, err = r.VerifyAttributeTypeDef(moved)
	require.True(t, IsKind(err, KindTypeDefConflict))

	_, err = r.VerifyAttributeTypeDef(&AttributeTypeDef{GUID: "g", Name: "p", Category: AttributeCategoryPrimitive})
	require.True(t, IsKind(err, KindInvalidTypeDef))
}
