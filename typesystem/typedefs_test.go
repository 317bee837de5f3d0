package typesystem

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestTypeDefClassByCategory(t *testing.T) {
	tests := []struct {
		name     string
		typeDef  *TypeDef
		want     string
		excluded []string
	}{
		{"entity", &TypeDef{Category: CategoryEntityDef, Name: "Asset", Version: 1, MultiLink: true, Propagatable: true},
			`{"class":"EntityDef","headerVersion":1,"name":"Asset","version":1,"category":"ENTITY_DEF"}`, []string{"multiLink", "propagatable"}},
		{"relationship writes multiLink false", &TypeDef{Category: CategoryRelationshipDef, Name: "R", PropagationRule: PropagationNone},
			`{"class":"RelationshipDef","headerVersion":1,"name":"R","version":0,"category":"RELATIONSHIP_DEF","propagationRule":"NONE","multiLink":false}`, []string{"propagatable"}},
		{"classification writes propagatable false", &TypeDef{Category: CategoryClassificationDef, Name: "C", MultiLink: true},
			`{"class":"ClassificationDef","headerVersion":1,"name":"C","version":0,"category":"CLASSIFICATION_DEF","propagatable":false}`, []string{"multiLink"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.typeDef)
			require.NoError(t, err)
			require.JSONEq(t, tt.want, string(data))
			for _, field := range tt.excluded {
				require.NotContains(t, string(data), field)
			}
		})
	}
}

func TestTypeDefEncodeUnknownCategoryFails(t *testing.T) {
	_, err := json.Marshal(&TypeDef{Name: "X", Category: CategoryUnknownDef})
	require.ErrorContains(t, err, "UNKNOWN_DEF")
}

func TestTypeDefDecode(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		category TypeDefCategory
	}{
		{"by class", `{"class":"RelationshipDef","name":"R","multiLink":true}`, CategoryRelationshipDef},
		{"by category without class", `{"name":"C","category":"CLASSIFICATION_DEF","propagatable":true}`, CategoryClassificationDef},
		{"class wins over category", `{"class":"EntityDef","category":"RELATIONSHIP_DEF","name":"E"}`, CategoryEntityDef},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var td TypeDef
			require.NoError(t, json.Unmarshal([]byte(tt.input), &td))
			require.Equal(t, tt.category, td.Category)
		})
	}

	var rel TypeDef
	require.NoError(t, json.Unmarshal([]byte(`{"class":"RelationshipDef","multiLink":true,"propagatable":true}`), &rel))
	require.True(t, rel.MultiLink)
	require.False(t, rel.Propagatable, "propagatable belongs to ClassificationDef only")
}

func TestTypeDefDecodeErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		field string
	}{
		{"unknown class", `{"class":"TableDef"}`, "class"},
		{"no class or category", `{"name":"X"}`, "class"},
		{"unknown def category", `{"category":"UNKNOWN_DEF"}`, "category"},
		{"invalid category name", `{"category":"TABLE_DEF"}`, "category"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var td TypeDef
			err := json.Unmarshal([]byte(tt.input), &td)
			var typeErr *json.UnmarshalTypeError
			require.ErrorAs(t, err, &typeErr)
			require.Equal(t, tt.field, typeErr.Field)
		})
	}
}

func TestAttributeTypeDefJSON(t *testing.T) {
	tests := []struct {
		name string
		def  *AttributeTypeDef
		want string
	}{
		{"primitive", &AttributeTypeDef{Category: AttributeCategoryPrimitive, Name: "string", GUID: "g", Version: 1, PrimitiveDefCategory: PrimitiveString},
			`{"class":"PrimitiveDef","headerVersion":1,"version":1,"category":"PRIMITIVE","guid":"g","name":"string","primitiveDefCategory":"OM_PRIMITIVE_TYPE_STRING"}`},
		{"collection", &AttributeTypeDef{Category: AttributeCategoryCollection, Name: "map<string,int>", CollectionDefCategory: CollectionMap, ArgumentCount: 2, ArgumentTypes: []PrimitiveDefCategory{PrimitiveString, PrimitiveInt}},
			`{"class":"CollectionDef","headerVersion":1,"version":0,"category":"COLLECTION","name":"map<string,int>","collectionDefCategory":"OM_COLLECTION_MAP","argumentCount":2,"argumentTypes":["OM_PRIMITIVE_TYPE_STRING","OM_PRIMITIVE_TYPE_INT"]}`},
		{"enum", &AttributeTypeDef{Category: AttributeCategoryEnumDef, Name: "E", ElementDefs: []*EnumElementDef{{Ordinal: 0, Value: "A"}}, DefaultValue: &EnumElementDef{Ordinal: 99}},
			`{"class":"EnumDef","headerVersion":1,"version":0,"category":"ENUM_DEF","name":"E","elementDefs":[{"headerVersion":1,"ordinal":0,"value":"A"}],"defaultValue":{"headerVersion":1,"ordinal":99}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.def)
			require.NoError(t, err)
			require.JSONEq(t, tt.want, string(data))

			var back AttributeTypeDef
			require.NoError(t, json.Unmarshal(data, &back))
			back.HeaderVersion = 0
			if back.DefaultValue != nil {
				back.DefaultValue.HeaderVersion = 0
			}
			for _, e := range back.ElementDefs {
				e.HeaderVersion = 0
			}
			require.Equal(t, tt.def, &back)
		})
	}

	var byCategory AttributeTypeDef
	require.NoError(t, json.Unmarshal([]byte(`{"category":"ENUM_DEF","name":"E"}`), &byCategory))
	require.Equal(t, AttributeCategoryEnumDef, byCategory.Category)

	err := json.Unmarshal([]byte(`{"class":"TupleDef"}`), &byCategory)
	require.ErrorContains(t, err, "TupleDef")
}

func TestTypeDefPatchSpellings(t *testing.T) {
	patch := &TypeDefPatch{
		TypeDefName:         "Asset",
		ApplyToVersion:      1,
		UpdateToVersion:     2,
		PropertyDefinitions: []*TypeDefAttribute{{AttributeName: "x"}},
		TypeDefOptions:      map[string]string{"k": "v"},
	}
	data, err := json.Marshal(patch)
	require.NoError(t, err)

	text := string(data)
	require.Contains(t, text, `"propertyDefinitions":[`)
	require.Contains(t, text, `"typeDefOptions":{"k":"v"}`)
	require.Contains(t, text, `"updateMultiLink":false`)
	require.Contains(t, text, `"multiLink":false`)
	require.NotContains(t, text, "propertiesDefinition")
	require.False(t, strings.HasPrefix(text, `{"class"`), "TypeDefPatch carries no class")
}

func TestTypeDefAttributeWritesJavaPrimitives(t *testing.T) {
	data, err := json.Marshal(&TypeDefAttribute{AttributeName: "x"})
	require.NoError(t, err)
	require.JSONEq(t, `{"headerVersion":1,"attributeName":"x","valuesMinCount":0,"valuesMaxCount":0,"unique":false,"indexable":false}`, string(data))
}

func TestTypeDefSummaryIgnoresTypeDefFields(t *testing.T) {
	var s TypeDefSummary
	input := `{"class":"EntityDef","guid":"g","name":"Asset","category":"ENTITY_DEF","version":2,"versionName":"6.1","propertiesDefinition":[{"attributeName":"x"}],"superType":{"name":"Referenceable"}}`
	require.NoError(t, json.Unmarshal([]byte(input), &s))
	require.Equal(t, TypeDefSummary{GUID: "g", Name: "Asset", Category: CategoryEntityDef, Version: 2, VersionName: "6.1"}, s)
}

func TestTypeDefHelpers(t *testing.T) {
	td := &TypeDef{Category: CategoryEntityDef, GUID: "g", Name: "Asset", Version: 3, VersionName: "v3", Status: TypeDefStatusActive}
	require.Equal(t, &TypeDefLink{HeaderVersion: 1, GUID: "g", Name: "Asset", Status: TypeDefStatusActive}, td.Link())
	require.Equal(t, int64(3), td.Summary().Version)
	require.Equal(t, &InstanceType{HeaderVersion: 1, TypeDefCategory: CategoryEntityDef, TypeDefGUID: "g", TypeDefName: "Asset", TypeDefVersion: 3}, td.InstanceType())
}

func TestTypeDefCloneIsDeep(t *testing.T) {
	created := Millis(5)
	original := &TypeDef{
		Category:                CategoryRelationshipDef,
		Name:                    "R",
		CreateTime:              &created,
		Options:                 map[string]string{"a": "b"},
		ValidInstanceStatusList: []InstanceStatus{StatusActive},
		PropertiesDefinition:    []*TypeDefAttribute{{AttributeName: "x", AttributeType: &AttributeTypeDef{Name: "string", ArgumentTypes: []PrimitiveDefCategory{PrimitiveString}}}},
		EndDef1:                 &RelationshipEndDef{EntityType: &TypeDefLink{Name: "A"}},
		SuperType:               &TypeDefLink{Name: "S"},
	}
	c := original.Clone()
	require.Equal(t, original, c)

	*c.CreateTime = 9
	c.Options["a"] = "changed"
	c.ValidInstanceStatusList[0] = StatusDeleted
	c.PropertiesDefinition[0].AttributeType.ArgumentTypes[0] = PrimitiveInt
	c.EndDef1.EntityType.Name = "B"
	c.SuperType.Name = "T"

	require.Equal(t, Millis(5), *original.CreateTime)
	require.Equal(t, "b", original.Options["a"])
	require.Equal(t, StatusActive, original.ValidInstanceStatusList[0])
	require.Equal(t, PrimitiveString, original.PropertiesDefinition[0].AttributeType.ArgumentTypes[0])
	require.Equal(t, "A", original.EndDef1.EntityType.Name)
	require.Equal(t, "S", original.SuperType.Name)
}
