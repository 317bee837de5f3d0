package typesystem

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func sampleEntity() *EntityDetail {
	created := Millis(1719912345678)
	return &EntityDetail{
		InstanceHeader: InstanceHeader{
			InstanceAuditHeader: InstanceAuditHeader{
				Type:                   &InstanceType{TypeDefCategory: CategoryEntityDef, TypeDefGUID: "g-asset", TypeDefName: "Asset", TypeDefVersion: 1},
				InstanceProvenanceType: ProvenanceLocalCohort,
				MetadataCollectionID:   "mc-1",
				Status:                 StatusActive,
				CreatedBy:              "garygeeke",
				CreateTime:             &created,
				Version:                1,
			},
			GUID: "e-1",
		},
		Properties: NewInstanceProperties(map[string]*PropertyValue{"qualifiedName": NewStringValue("Asset::sales-db")}),
	}
}

func TestEntityDetailJSON(t *testing.T) {
	data, err := json.Marshal(sampleEntity())
	require.NoError(t, err)

	require.True(t, strings.HasPrefix(string(data), `{"class":"EntityDetail",`), string(data))
	require.JSONEq(t, `{
		"class":"EntityDetail","headerVersion":1,
		"type":{"class":"InstanceType","headerVersion":1,"typeDefCategory":"ENTITY_DEF","typeDefGUID":"g-asset","typeDefName":"Asset","typeDefVersion":1},
		"instanceProvenanceType":"LOCAL_COHORT","metadataCollectionId":"mc-1","status":"ACTIVE",
		"createdBy":"garygeeke","createTime":1719912345678,"version":1,"guid":"e-1",
		"properties":{"class":"InstanceProperties","headerVersion":1,"instanceProperties":{"qualifiedName":`+primitiveJSON(PrimitiveString, `"Asset::sales-db"`)+`}}}`, string(data))
}

func TestInstanceBeansOmitNullsAndEmpties(t *testing.T) {
	e := &EntityDetail{
		InstanceHeader:  InstanceHeader{InstanceAuditHeader: InstanceAuditHeader{MaintainedBy: []string{}, MappingProperties: map[string]any{}}},
		Classifications: []*Classification{},
	}
	data, err := json.Marshal(e)
	require.NoError(t, err)

	require.JSONEq(t, `{"class":"EntityDetail","headerVersion":1,"version":0}`, string(data))
}

func TestMappingPropertiesKeepIntegers(t *testing.T) {
	input := `{"class":"EntityDetail","guid":"e-1","version":3,"mappingProperties":{"stringMappingPropertyKey":"value","integerMappingPropertyKey":12,"big":12345678901234567890}}`
	var e EntityDetail
	require.NoError(t, json.Unmarshal([]byte(input), &e))
	require.Equal(t, json.Number("12"), e.MappingProperties["integerMappingPropertyKey"])

	data, err := json.Marshal(&e)
	require.NoError(t, err)
	require.Contains(t, string(data), `"integerMappingPropertyKey":12`)
	require.Contains(t, string(data), `"big":12345678901234567890`)
	requireSameJSON(t, []byte(`{"class":"EntityDetail","headerVersion":1,"guid":"e-1","version":3,"mappingProperties":{"stringMappingPropertyKey":"value","integerMappingPropertyKey":12,"big":12345678901234567890}}`), data)
}

func TestInstanceTypeDefaultsAndLegacyFields(t *testing.T) {
	data, err := json.Marshal(&InstanceType{TypeDefName: "Asset"})
	require.NoError(t, err)
	require.JSONEq(t, `{"class":"InstanceType","headerVersion":1,"typeDefCategory":"UNKNOWN_DEF","typeDefName":"Asset","typeDefVersion":0}`, string(data))

	legacy := `{"class":"InstanceType","typeDefCategory":"ENTITY_DEF","typeDefGUID":"g","typeDefName":"Asset","typeDefVersion":2,
		"typeDefDescription":"old","typeDefSuperTypes":[{"name":"Referenceable"}],"validStatusList":["ACTIVE"],"validInstanceProperties":["qualifiedName"]}`
	var it InstanceType
	require.NoError(t, json.Unmarshal([]byte(legacy), &it))
	require.Equal(t, InstanceType{TypeDefCategory: CategoryEntityDef, TypeDefGUID: "g", TypeDefName: "Asset", TypeDefVersion: 2}, it)
}

func TestClassificationJSON(t *testing.T) {
	c := &Classification{Name: "Confidentiality"}
	data, err := json.Marshal(c)
	require.NoError(t, err)
	require.JSONEq(t, `{"class":"Classification","headerVersion":1,"version":0,"name":"Confidentiality","classificationOrigin":"ASSIGNED"}`, string(data))

	var back Classification
	require.NoError(t, json.Unmarshal([]byte(`{"name":"X","classificationOrigin":"PROPAGATED","classificationOriginGUID":"e-9","status":"ACTIVE"}`), &back))
	require.Equal(t, OriginPropagated, back.ClassificationOrigin)
	require.Equal(t, "e-9", back.ClassificationOriginGUID)
	require.Equal(t, StatusActive, back.Status)
}

func TestRelationshipProxiesCarryClass(t *testing.T) {
	rel := &Relationship{
		InstanceHeader: InstanceHeader{GUID: "r-1"},
		EntityOneProxy: &EntityProxy{InstanceHeader: InstanceHeader{GUID: "e-1"}},
		EntityTwoProxy: &EntityProxy{InstanceHeader: InstanceHeader{GUID: "e-2"}},
	}
	data, err := json.Marshal(rel)
	require.NoError(t, err)

	var generic map[string]map[string]any
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &raw))
	require.NoError(t, json.Unmarshal([]byte(`{"one":`+string(raw["entityOneProxy"])+`,"two":`+string(raw["entityTwoProxy"])+`}`), &generic))
	require.Equal(t, "EntityProxy", generic["one"]["class"])
	require.Equal(t, "EntityProxy", generic["two"]["class"])
	require.True(t, strings.HasPrefix(string(data), `{"class":"Relationship",`))
}

func TestEntitySummaryPayload(t *testing.T) {
	tests := []struct {
		name      string
		payload   EntitySummaryPayload
		wantClass string
	}{
		{"detail", sampleEntity(), "EntityDetail"},
		{"proxy", &EntityProxy{InstanceHeader: InstanceHeader{GUID: "e-1"}}, "EntityProxy"},
		{"summary", &EntitySummary{InstanceHeader: InstanceHeader{GUID: "e-1"}}, "EntitySummary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(&EntitySummaryResponse{Entity: tt.payload})
			require.NoError(t, err)
			require.Contains(t, string(data), `"entity":{"class":"`+tt.wantClass+`"`)

			var back EntitySummaryResponse
			require.NoError(t, json.Unmarshal(data, &back))
			require.IsType(t, tt.payload, back.Entity)
			require.Equal(t, "e-1", back.Entity.Summary().GUID)
		})
	}
}

func TestDecodeEntitySummaryPayload(t *testing.T) {
	payload, err := DecodeEntitySummaryPayload([]byte(`{"guid":"x"}`))
	require.NoError(t, err)
	require.IsType(t, &EntitySummary{}, payload)

	payload, err = DecodeEntitySummaryPayload([]byte(`null`))
	require.NoError(t, err)
	require.Nil(t, payload)

	_, err = DecodeEntitySummaryPayload([]byte(`{"class":"Relationship"}`))
	require.ErrorContains(t, err, "Relationship")
}

func TestSummaryOfDetailSharesHeader(t *testing.T) {
	e := sampleEntity()
	e.Classifications = []*Classification{{Name: "Confidentiality"}}

	s := e.Summary()
	require.Equal(t, e.GUID, s.GUID)
	require.Equal(t, e.Version, s.Version)
	require.Len(t, s.Classifications, 1)
	require.Equal(t, "Asset", e.TypeName())
}
