package typesystem

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

func props(values map[string]*PropertyValue) *InstanceProperties {
	return NewInstanceProperties(values)
}

func stringArray(r *Registry, elements ...*PropertyValue) *PropertyValue {
	def, _ := r.AttributeTypeDefByName("array<string>")
	return NewArrayValue(def.GUID, def.Name, elements)
}

func stringMap(r *Registry, entries map[string]*PropertyValue) *PropertyValue {
	def, _ := r.AttributeTypeDefByName("map<string,string>")
	return NewMapValue(def.GUID, def.Name, entries)
}

func activityStatus(r *Registry, ordinal int, symbolicName string) *PropertyValue {
	def, _ := r.AttributeTypeDefByName("ActivityStatus")
	return NewEnumValue(def.GUID, def.Name, ordinal, symbolicName, "")
}

func TestValidatePropertiesAccepts(t *testing.T) {
	r := loadedRegistry(t)

	tests := []struct {
		name     string
		typeName string
		props    *InstanceProperties
	}{
		{"nil properties", "Project", nil},
		{"empty properties", "Project", props(nil)},
		{"project values", "Project", props(map[string]*PropertyValue{
			"qualifiedName":          NewStringValue("Project::sales"),
			"priority":               NewIntValue(3),
			"plannedStartDate":       NewDateValue(1719912345678),
			"dataProcessingPurposes": stringArray(r, NewStringValue("billing"), NewStringValue("audit")),
			"additionalProperties":   stringMap(r, map[string]*PropertyValue{"k": NewStringValue("v")}),
			"legal":                  NewStringValue("CC-BY"),
		})},
		{"enum value", "Process", props(map[string]*PropertyValue{"activityStatus": activityStatus(r, 4, "IN_PROGRESS")})},
		{"enum without symbolic name", "Process", props(map[string]*PropertyValue{"activityStatus": activityStatus(r, 4, "")})},
		{"long value", "ContributionRecord", props(map[string]*PropertyValue{"karmaPoints": NewLongValue(1 << 40)})},
		{"float value", "DataLens", props(map[string]*PropertyValue{"minLatitude": NewFloatValue(51.5)})},
		{"classification properties", "Confidentiality", props(map[string]*PropertyValue{"confidentialityLevel": NewIntValue(2)})},
		{"relationship properties", "ResourceList", props(map[string]*PropertyValue{"resourceUse": NewStringValue("inputs")})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, r.ValidateProperties(tt.typeName, tt.props, true))
			require.NoError(t, r.ValidateProperties(tt.typeName, tt.props, false))
		})
	}
}

func TestValidatePropertiesRejects(t *testing.T) {
	r := loadedRegistry(t)
	outOfRange := decodeValue(t, primitiveJSON(PrimitiveInt, "3000000000"))

	tests := []struct {
		name     string
		typeName string
		props    *InstanceProperties
		strict   bool
		lax      bool
		kind     Kind
		message  []string
	}{
		{"unknown type", "NoSuchType", props(map[string]*PropertyValue{"x": NewStringValue("y")}), true, false, KindTypeError, []string{"NoSuchType"}},
		{"unknown property", "Project", props(map[string]*PropertyValue{"colour": NewStringValue("red")}), true, false, KindPropertyError, []string{"colour", "Project", "qualifiedName"}},
		{"wrong primitive kind", "Project", props(map[string]*PropertyValue{"priority": NewStringValue("high")}), true, false, KindPropertyError, []string{"priority", "OM_PRIMITIVE_TYPE_INT", "OM_PRIMITIVE_TYPE_STRING"}},
		{"int for a long attribute", "ContributionRecord", props(map[string]*PropertyValue{"karmaPoints": NewIntValue(3)}), true, false, KindPropertyError, []string{"karmaPoints", "OM_PRIMITIVE_TYPE_LONG", "OM_PRIMITIVE_TYPE_INT"}},
		{"value out of range", "Project", props(map[string]*PropertyValue{"priority": outOfRange}), true, false, KindPropertyError, []string{"priority", "3000000000"}},
		{"null value", "Project", props(map[string]*PropertyValue{"priority": nil}), true, false, KindPropertyError, []string{"priority", "null"}},
		{"missing category", "Project", props(map[string]*PropertyValue{"priority": {PrimitiveValue: int64(1)}}), true, false, KindPropertyError, []string{"instancePropertyCategory"}},
		{"enum for a primitive", "Project", props(map[string]*PropertyValue{"priority": activityStatus(r, 1, "APPROVED")}), true, false, KindPropertyError, []string{"priority", "ENUM"}},
		{"primitive for an enum", "Process", props(map[string]*PropertyValue{"activityStatus": NewStringValue("IN_PROGRESS")}), true, false, KindPropertyError, []string{"activityStatus", "ActivityStatus"}},
		{"bad enum ordinal", "Process", props(map[string]*PropertyValue{"activityStatus": activityStatus(r, 77, "")}), true, true, KindPropertyError, []string{"ordinal 77", "IN_PROGRESS"}},
		{"enum symbolic name mismatch", "Process", props(map[string]*PropertyValue{"activityStatus": activityStatus(r, 4, "FAILED")}), true, true, KindPropertyError, []string{"FAILED", "IN_PROGRESS"}},
		{"primitive for an array", "Project", props(map[string]*PropertyValue{"dataProcessingPurposes": NewStringValue("billing")}), true, false, KindPropertyError, []string{"dataProcessingPurposes", "collection"}},
		{"array element kind", "Project", props(map[string]*PropertyValue{"dataProcessingPurposes": stringArray(r, NewStringValue("a"), NewIntValue(2))}), true, true, KindPropertyError, []string{"dataProcessingPurposes[1]", "OM_PRIMITIVE_TYPE_STRING", "OM_PRIMITIVE_TYPE_INT"}},
		{"null array element", "Project", props(map[string]*PropertyValue{"dataProcessingPurposes": stringArray(r, nil)}), true, true, KindPropertyError, []string{"dataProcessingPurposes[0]", "null"}},
		{"map value kind", "Project", props(map[string]*PropertyValue{"additionalProperties": stringMap(r, map[string]*PropertyValue{"k": NewBooleanValue(true)})}), true, true, KindPropertyError, []string{"additionalProperties[k]", "OM_PRIMITIVE_TYPE_BOOLEAN"}},
		{"map for an array", "Project", props(map[string]*PropertyValue{"dataProcessingPurposes": stringMap(r, nil)}), true, true, KindPropertyError, []string{"dataProcessingPurposes", "ARRAY", "MAP"}},
		{"primitive without value", "Project", props(map[string]*PropertyValue{"priority": {Category: PropertyCategoryPrimitive, PrimitiveDefCategory: PrimitiveInt}}), true, true, KindPropertyError, []string{"priority", "no primitiveValue"}},
		{"type without attributes", "MobileResource", props(map[string]*PropertyValue{"x": NewStringValue("y")}), true, false, KindPropertyError, []string{"MobileResource", "no attributes", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := r.ValidateProperties(tt.typeName, tt.props, tt.strict)

			require.Error(t, err)
			kind, ok := KindOf(err)
			require.True(t, ok)
			require.Equal(t, tt.kind, kind, err.Error())
			for _, want := range tt.message {
				require.Contains(t, err.Error(), want)
			}
			if tt.lax {
				require.NoError(t, r.ValidateProperties(tt.typeName, tt.props, false), "lax validation accepts what Egeria accepts")
			} else {
				require.Error(t, r.ValidateProperties(tt.typeName, tt.props, false))
			}
		})
	}
}

func TestValidateDecodedValueOutOfRange(t *testing.T) {
	r := loadedRegistry(t)
	var p InstanceProperties
	require.NoError(t, json.Unmarshal([]byte(`{"instanceProperties":{"priority":`+primitiveJSON(PrimitiveInt, `"high"`)+`}}`), &p))

	err := r.ValidateProperties("Project", &p, false)
	require.True(t, IsKind(err, KindPropertyError))
	require.Contains(t, err.Error(), `"high"`)
}

func sampleRelationship(r *Registry, typeName, end1, end2 string) *Relationship {
	it, err := r.InstanceTypeFor(typeName)
	if err != nil {
		it = &InstanceType{TypeDefName: typeName}
	}
	proxy := func(entityType string) *EntityProxy {
		return &EntityProxy{InstanceHeader: InstanceHeader{InstanceAuditHeader: InstanceAuditHeader{Type: &InstanceType{TypeDefName: entityType}}}}
	}
	return &Relationship{
		InstanceHeader: InstanceHeader{InstanceAuditHeader: InstanceAuditHeader{Type: it}, GUID: "r-1"},
		EntityOneProxy: proxy(end1),
		EntityTwoProxy: proxy(end2),
	}
}

func TestValidateRelationship(t *testing.T) {
	r := loadedRegistry(t)

	require.NoError(t, r.ValidateRelationship(sampleRelationship(r, "AttachedComment", "Asset", "Comment"), "", "", true))
	require.NoError(t, r.ValidateRelationship(sampleRelationship(r, "AttachedComment", "", ""), "GovernanceActionProcessInstance", "Comment", true), "end types given as arguments")

	withProps := sampleRelationship(r, "ResourceList", "Asset", "Project")
	withProps.Properties = props(map[string]*PropertyValue{"resourceUse": NewStringValue("inputs")})
	require.NoError(t, r.ValidateRelationship(withProps, "", "", true))

	entityType, _ := r.InstanceTypeFor("Asset")
	tests := []struct {
		name     string
		rel      *Relationship
		end1     string
		end2     string
		kind     Kind
		message  []string
		paramter string
	}{
		{"end 2 of the wrong type", sampleRelationship(r, "AttachedComment", "Asset", "Asset"), "", "", KindInvalidParameter, []string{"Asset", "end 2", "AttachedComment", "Comment"}, "entityTwoGUID"},
		{"swapped ends", sampleRelationship(r, "AttachedComment", "Comment", "Asset"), "", "", KindInvalidParameter, []string{"end 2"}, "entityTwoGUID"},
		{"missing end type", sampleRelationship(r, "AttachedComment", "", "Comment"), "", "", KindInvalidParameter, []string{"end 1", "no entity type"}, "entityOneGUID"},
		{"unknown end type", sampleRelationship(r, "AttachedComment", "Ghost", "Comment"), "", "", KindTypeError, []string{"Ghost"}, ""},
		{"unknown relationship type", sampleRelationship(r, "Ghostly", "Asset", "Comment"), "", "", KindTypeError, []string{"Ghostly"}, ""},
		{"entity type as relationship type", &Relationship{InstanceHeader: InstanceHeader{InstanceAuditHeader: InstanceAuditHeader{Type: entityType}}}, "Asset", "Asset", KindTypeError, []string{"ENTITY_DEF", "RELATIONSHIP_DEF"}, ""},
		{"type guid mismatch", func() *Relationship {
			rel := sampleRelationship(r, "AttachedComment", "Asset", "Comment")
			rel.Type = &InstanceType{TypeDefName: "AttachedComment", TypeDefGUID: "wrong-guid"}
			return rel
		}(), "", "", KindTypeError, []string{"wrong-guid"}, ""},
		{"no type", &Relationship{}, "Asset", "Comment", KindTypeError, []string{"no type"}, ""},
		{"bad property", func() *Relationship {
			rel := sampleRelationship(r, "ResourceList", "Asset", "Project")
			rel.Properties = props(map[string]*PropertyValue{"weight": NewIntValue(1)})
			return rel
		}(), "", "", KindPropertyError, []string{"weight", "ResourceList"}, ""},
		{"nil relationship", nil, "", "", KindInvalidParameter, []string{"no relationship"}, "relationship"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := r.ValidateRelationship(tt.rel, tt.end1, tt.end2, true)

			var e *Error
			require.ErrorAs(t, err, &e)
			require.Equal(t, tt.kind, e.Kind, err.Error())
			for _, want := range tt.message {
				require.Contains(t, err.Error(), want)
			}
			if tt.paramter != "" {
				require.Equal(t, tt.paramter, e.ParameterName)
			}
		})
	}
}

func classification(r *Registry, name string, values map[string]*PropertyValue) *Classification {
	it, err := r.InstanceTypeFor(name)
	if err != nil {
		it = nil
	}
	c := &Classification{Name: name}
	c.Type = it
	if values != nil {
		c.Properties = props(values)
	}
	return c
}

func TestValidateClassification(t *testing.T) {
	r := loadedRegistry(t)

	require.NoError(t, r.ValidateClassification(classification(r, "Confidentiality", map[string]*PropertyValue{"confidentialityLevel": NewIntValue(3)}), "Asset", true))
	require.NoError(t, r.ValidateClassification(classification(r, "Anchors", nil), "OpenMetadataRoot", true), "Anchors is valid for every entity")
	require.NoError(t, r.ValidateClassification(&Classification{InstanceAuditHeader: InstanceAuditHeader{Type: &InstanceType{TypeDefName: "Memento"}}}, "", true), "name taken from the type")

	mismatch := classification(r, "Confidentiality", nil)
	mismatch.Type = &InstanceType{TypeDefName: "Memento"}
	wrongGUID := classification(r, "Confidentiality", nil)
	wrongGUID.Type = &InstanceType{TypeDefName: "Confidentiality", TypeDefGUID: "nope"}

	tests := []struct {
		name       string
		c          *Classification
		entityType string
		kind       Kind
		message    []string
	}{
		{"not valid for the entity type", classification(r, "Confidentiality", nil), "OpenMetadataRoot", KindClassificationError, []string{"Confidentiality", "OpenMetadataRoot", "Referenceable"}},
		{"unknown classification", &Classification{Name: "Sparkly"}, "Asset", KindInvalidParameter, []string{"Sparkly"}},
		{"entity type as classification", &Classification{Name: "Asset"}, "Asset", KindInvalidParameter, []string{"Asset", "ClassificationDef"}},
		{"no name", &Classification{}, "Asset", KindInvalidParameter, []string{"no name"}},
		{"name and type disagree", mismatch, "Asset", KindClassificationError, []string{"Confidentiality", "Memento"}},
		{"type guid disagrees", wrongGUID, "Asset", KindClassificationError, []string{"nope"}},
		{"unknown entity type", classification(r, "Confidentiality", nil), "Ghost", KindTypeError, []string{"Ghost"}},
		{"bad property", classification(r, "Confidentiality", map[string]*PropertyValue{"confidentialityLevel": NewStringValue("high")}), "Asset", KindPropertyError, []string{"confidentialityLevel"}},
		{"properties on a classification without attributes", classification(r, "MobileResource", map[string]*PropertyValue{"x": NewIntValue(1)}), "Asset", KindPropertyError, []string{"no attributes"}},
		{"nil", nil, "Asset", KindInvalidParameter, []string{"null"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := r.ValidateClassification(tt.c, tt.entityType, true)

			kind, ok := KindOf(err)
			require.True(t, ok, "error %v", err)
			require.Equal(t, tt.kind, kind, err.Error())
			for _, want := range tt.message {
				require.Contains(t, err.Error(), want)
			}
		})
	}
}

func TestValidateEntityDetail(t *testing.T) {
	r := loadedRegistry(t)
	projectType, _ := r.InstanceTypeFor("Project")
	relationshipType, _ := r.InstanceTypeFor("AttachedComment")

	entity := func(it *InstanceType, values map[string]*PropertyValue, classifications ...*Classification) *EntityDetail {
		return &EntityDetail{
			InstanceHeader:  InstanceHeader{InstanceAuditHeader: InstanceAuditHeader{Type: it}, GUID: "e-1"},
			Properties:      props(values),
			Classifications: classifications,
		}
	}

	require.NoError(t, r.ValidateEntityDetail(entity(projectType, map[string]*PropertyValue{"qualifiedName": NewStringValue("p")}, classification(r, "Confidentiality", nil)), true))

	tests := []struct {
		name    string
		e       *EntityDetail
		kind    Kind
		message string
	}{
		{"nil", nil, KindInvalidParameter, "no entity"},
		{"no type", entity(nil, nil), KindTypeError, "no type"},
		{"unknown type", entity(&InstanceType{TypeDefName: "Ghost"}, nil), KindTypeError, "Ghost"},
		{"relationship type", entity(relationshipType, nil), KindTypeError, "RELATIONSHIP_DEF"},
		{"bad property", entity(projectType, map[string]*PropertyValue{"priority": NewBooleanValue(true)}), KindPropertyError, "priority"},
		{"classification not allowed", entity(projectType, nil, classification(r, "Confidentiality", nil), classification(r, "Sparkly", nil)), KindInvalidParameter, "Sparkly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := r.ValidateEntityDetail(tt.e, true)

			kind, ok := KindOf(err)
			require.True(t, ok, "error %v", err)
			require.Equal(t, tt.kind, kind, err.Error())
			require.Contains(t, err.Error(), tt.message)
		})
	}
}

func TestValidateStatus(t *testing.T) {
	r := loadedRegistry(t)
	noList := newEntityDef(r, "Listless", "Asset")
	noList.ValidInstanceStatusList = nil
	require.NoError(t, r.AddTypeDef(noList))

	tests := []struct {
		name     string
		typeName string
		status   InstanceStatus
		kind     Kind
		message  string
	}{
		{"empty means initial", "Asset", "", 0, ""},
		{"active", "Asset", StatusActive, 0, ""},
		{"deleted", "Asset", StatusDeleted, KindStatusNotSupported, "DELETED"},
		{"not in the list", "Asset", StatusOther, KindStatusNotSupported, "OTHER"},
		{"legacy status", "Asset", StatusDraft, KindStatusNotSupported, "DRAFT"},
		{"unknown status", "Asset", "SLEEPING", KindStatusNotSupported, "SLEEPING"},
		{"unknown type", "Ghost", StatusActive, KindTypeError, "Ghost"},
		{"no list accepts the initial status", "Listless", StatusActive, 0, ""},
		{"no list rejects other statuses", "Listless", StatusOther, KindStatusNotSupported, "initial status ACTIVE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := r.ValidateStatus(tt.typeName, tt.status)
			if tt.message == "" {
				require.NoError(t, err)
				return
			}
			kind, ok := KindOf(err)
			require.True(t, ok)
			require.Equal(t, tt.kind, kind)
			require.Contains(t, err.Error(), tt.message)
		})
	}
}

func TestEntityProxyFor(t *testing.T) {
	r := loadedRegistry(t)
	projectType, _ := r.InstanceTypeFor("Project")
	from := Millis(1000)
	e := &EntityDetail{
		InstanceHeader:  InstanceHeader{InstanceAuditHeader: InstanceAuditHeader{Type: projectType, Version: 4}, GUID: "e-1"},
		Classifications: []*Classification{classification(r, "Confidentiality", nil)},
		Properties: &InstanceProperties{EffectiveFromTime: &from, Values: map[string]*PropertyValue{
			"qualifiedName": NewStringValue("Project::x"), "priority": NewIntValue(2),
		}},
	}

	proxy := r.EntityProxyFor(e)

	require.Equal(t, "e-1", proxy.GUID)
	require.Equal(t, int64(4), proxy.Version)
	require.Len(t, proxy.Classifications, 1)
	require.Equal(t, []string{"qualifiedName"}, proxy.UniqueProperties.Names())
	require.Equal(t, &from, proxy.UniqueProperties.EffectiveFromTime)

	bare := r.EntityProxyFor(&EntityDetail{InstanceHeader: InstanceHeader{InstanceAuditHeader: InstanceAuditHeader{Type: projectType}}})
	require.Nil(t, bare.UniqueProperties)
}

func TestArchiveInstancesValidate(t *testing.T) {
	r := loadedRegistry(t)
	for _, name := range archiveNames(t) {
		archive, err := ReadArchiveFile(archivePath(t, name))
		require.NoError(t, err)
		if archive.InstanceStore == nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			for _, e := range archive.InstanceStore.Entities {
				require.NoError(t, r.ValidateEntityDetail(e, true), "entity %s", e.GUID)
				for _, c := range e.Classifications {
					require.NoError(t, r.ValidateStatus(c.Name, c.Status))
				}
			}
			for _, rel := range archive.InstanceStore.Relationships {
				require.NoError(t, r.ValidateRelationship(rel, "", "", true), "relationship %s", rel.GUID)
			}
		})
	}
}

func TestValidName(t *testing.T) {
	for _, name := range []string{"Asset", "a", "qualifiedName", "Type_2", "X1_y"} {
		require.True(t, ValidName(name), name)
	}
	for _, name := range []string{"", "1Asset", "_x", "has space", "back`tick", "dash-name", "dot.name", "ünïcode", "map<string,string>"} {
		require.False(t, ValidName(name), name)
	}
}
