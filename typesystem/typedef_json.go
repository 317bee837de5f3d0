package typesystem

import (
	"fmt"
	"reflect"
)

var typeDefClasses = map[TypeDefCategory]string{
	CategoryEntityDef:         "EntityDef",
	CategoryRelationshipDef:   "RelationshipDef",
	CategoryClassificationDef: "ClassificationDef",
}

var typeDefCategories = map[string]TypeDefCategory{
	"EntityDef":         CategoryEntityDef,
	"RelationshipDef":   CategoryRelationshipDef,
	"ClassificationDef": CategoryClassificationDef,
}

// typeDefJSON is the JSON form of all three TypeDef classes. The Java
// booleans multiLink and propagatable are pointers so that they are written,
// even when false, for their own class only.
type typeDefJSON struct {
	HeaderVersion            int64                         `json:"headerVersion"`
	GUID                     string                        `json:"guid,omitempty"`
	Name                     string                        `json:"name,omitempty"`
	Status                   TypeDefStatus                 `json:"status,omitempty"`
	ReplacedByTypeGUID       string                        `json:"replacedByTypeGUID,omitempty"`
	ReplacedByTypeName       string                        `json:"replacedByTypeName,omitempty"`
	Version                  int64                         `json:"version"`
	VersionName              string                        `json:"versionName,omitempty"`
	Category                 TypeDefCategory               `json:"category,omitempty"`
	SuperType                *TypeDefLink                  `json:"superType,omitempty"`
	Description              string                        `json:"description,omitempty"`
	DescriptionGUID          string                        `json:"descriptionGUID,omitempty"`
	DescriptionWiki          string                        `json:"descriptionWiki,omitempty"`
	Origin                   string                        `json:"origin,omitempty"`
	CreatedBy                string                        `json:"createdBy,omitempty"`
	UpdatedBy                string                        `json:"updatedBy,omitempty"`
	CreateTime               *Millis                       `json:"createTime,omitempty"`
	UpdateTime               *Millis                       `json:"updateTime,omitempty"`
	Options                  map[string]string             `json:"options,omitempty"`
	ExternalStandardMappings []*ExternalStandardMapping    `json:"externalStandardMappings,omitempty"`
	ValidInstanceStatusList  []InstanceStatus              `json:"validInstanceStatusList,omitempty"`
	InitialStatus            InstanceStatus                `json:"initialStatus,omitempty"`
	PropertiesDefinition     []*TypeDefAttribute           `json:"propertiesDefinition,omitempty"`
	PropagationRule          ClassificationPropagationRule `json:"propagationRule,omitempty"`
	EndDef1                  *RelationshipEndDef           `json:"endDef1,omitempty"`
	EndDef2                  *RelationshipEndDef           `json:"endDef2,omitempty"`
	MultiLink                *bool                         `json:"multiLink,omitempty"`
	ValidEntityDefs          []*TypeDefLink                `json:"validEntityDefs,omitempty"`
	Propagatable             *bool                         `json:"propagatable,omitempty"`
}

// MarshalJSON writes t as EntityDef, RelationshipDef or ClassificationDef
// according to its Category. A TypeDef of any other category cannot be
// written, because the Java TypeDef class is abstract.
func (t TypeDef) MarshalJSON() ([]byte, error) {
	class, ok := typeDefClasses[t.Category]
	if !ok {
		return nil, fmt.Errorf("encode TypeDef %q: category %q has no JSON class; use ENTITY_DEF, RELATIONSHIP_DEF or CLASSIFICATION_DEF", t.Name, t.Category)
	}
	w := typeDefJSON{
		HeaderVersion:            headerVersionOrCurrent(t.HeaderVersion),
		GUID:                     t.GUID,
		Name:                     t.Name,
		Status:                   t.Status,
		ReplacedByTypeGUID:       t.ReplacedByTypeGUID,
		ReplacedByTypeName:       t.ReplacedByTypeName,
		Version:                  t.Version,
		VersionName:              t.VersionName,
		Category:                 t.Category,
		SuperType:                t.SuperType,
		Description:              t.Description,
		DescriptionGUID:          t.DescriptionGUID,
		DescriptionWiki:          t.DescriptionWiki,
		Origin:                   t.Origin,
		CreatedBy:                t.CreatedBy,
		UpdatedBy:                t.UpdatedBy,
		CreateTime:               t.CreateTime,
		UpdateTime:               t.UpdateTime,
		Options:                  t.Options,
		ExternalStandardMappings: t.ExternalStandardMappings,
		ValidInstanceStatusList:  t.ValidInstanceStatusList,
		InitialStatus:            t.InitialStatus,
		PropertiesDefinition:     t.PropertiesDefinition,
	}
	switch t.Category {
	case CategoryRelationshipDef:
		multiLink := t.MultiLink
		w.PropagationRule = t.PropagationRule
		w.EndDef1 = t.EndDef1
		w.EndDef2 = t.EndDef2
		w.MultiLink = &multiLink
	case CategoryClassificationDef:
		propagatable := t.Propagatable
		w.ValidEntityDefs = t.ValidEntityDefs
		w.Propagatable = &propagatable
	}
	return marshalWithClass(class, w)
}

// UnmarshalJSON reads any of the three TypeDef classes. The class comes from
// "class" or, when "class" is missing, from "category".
func (t *TypeDef) UnmarshalJSON(data []byte) error {
	var w struct {
		Class string `json:"class"`
		typeDefJSON
	}
	if err := decodeBean(data, &w, "TypeDef"); err != nil {
		return err
	}
	category, err := typeDefCategoryOf(w.Class, w.Category)
	if err != nil {
		return err
	}
	*t = TypeDef{
		Category:                 category,
		HeaderVersion:            w.HeaderVersion,
		GUID:                     w.GUID,
		Name:                     w.Name,
		Status:                   w.Status,
		ReplacedByTypeGUID:       w.ReplacedByTypeGUID,
		ReplacedByTypeName:       w.ReplacedByTypeName,
		Version:                  w.Version,
		VersionName:              w.VersionName,
		SuperType:                w.SuperType,
		Description:              w.Description,
		DescriptionGUID:          w.DescriptionGUID,
		DescriptionWiki:          w.DescriptionWiki,
		Origin:                   w.Origin,
		CreatedBy:                w.CreatedBy,
		UpdatedBy:                w.UpdatedBy,
		CreateTime:               w.CreateTime,
		UpdateTime:               w.UpdateTime,
		Options:                  w.Options,
		ExternalStandardMappings: w.ExternalStandardMappings,
		ValidInstanceStatusList:  w.ValidInstanceStatusList,
		InitialStatus:            w.InitialStatus,
		PropertiesDefinition:     w.PropertiesDefinition,
	}
	switch category {
	case CategoryRelationshipDef:
		t.PropagationRule = w.PropagationRule
		t.EndDef1 = w.EndDef1
		t.EndDef2 = w.EndDef2
		t.MultiLink = w.MultiLink != nil && *w.MultiLink
	case CategoryClassificationDef:
		t.ValidEntityDefs = w.ValidEntityDefs
		t.Propagatable = w.Propagatable != nil && *w.Propagatable
	}
	return nil
}

func typeDefCategoryOf(class string, category TypeDefCategory) (TypeDefCategory, error) {
	target := reflect.TypeOf(TypeDef{})
	if class != "" {
		c, ok := typeDefCategories[class]
		if !ok {
			return "", fieldError("class", fmt.Sprintf("unknown TypeDef class %q (use EntityDef, RelationshipDef or ClassificationDef)", class), target)
		}
		return c, nil
	}
	if _, ok := typeDefClasses[category]; ok {
		return category, nil
	}
	if category == "" {
		return "", fieldError("class", "TypeDef without \"class\" or \"category\" (send one of them)", target)
	}
	return "", fieldError("category", fmt.Sprintf("TypeDef category %q (use ENTITY_DEF, RELATIONSHIP_DEF or CLASSIFICATION_DEF)", category), target)
}

// AttributeTypeDef is a PrimitiveDef, CollectionDef or EnumDef. One struct
// stands for the three Java classes, and Category selects the class.
type AttributeTypeDef struct {
	Category        AttributeTypeDefCategory
	HeaderVersion   int64
	Version         int64
	VersionName     string
	GUID            string
	Name            string
	Description     string
	DescriptionGUID string
	DescriptionWiki string

	// PrimitiveDef only.
	PrimitiveDefCategory PrimitiveDefCategory

	// CollectionDef only. For a map, ArgumentTypes lists the key type and
	// then the value type.
	CollectionDefCategory CollectionDefCategory
	ArgumentCount         int
	ArgumentTypes         []PrimitiveDefCategory

	// EnumDef only.
	ElementDefs  []*EnumElementDef
	DefaultValue *EnumElementDef
}

var attributeTypeDefClasses = map[AttributeTypeDefCategory]string{
	AttributeCategoryPrimitive:  "PrimitiveDef",
	AttributeCategoryCollection: "CollectionDef",
	AttributeCategoryEnumDef:    "EnumDef",
}

var attributeTypeDefCategories = map[string]AttributeTypeDefCategory{
	"PrimitiveDef":  AttributeCategoryPrimitive,
	"CollectionDef": AttributeCategoryCollection,
	"EnumDef":       AttributeCategoryEnumDef,
}

type attributeTypeDefJSON struct {
	HeaderVersion         int64                    `json:"headerVersion"`
	Version               int64                    `json:"version"`
	VersionName           string                   `json:"versionName,omitempty"`
	Category              AttributeTypeDefCategory `json:"category,omitempty"`
	GUID                  string                   `json:"guid,omitempty"`
	Name                  string                   `json:"name,omitempty"`
	Description           string                   `json:"description,omitempty"`
	DescriptionGUID       string                   `json:"descriptionGUID,omitempty"`
	DescriptionWiki       string                   `json:"descriptionWiki,omitempty"`
	PrimitiveDefCategory  PrimitiveDefCategory     `json:"primitiveDefCategory,omitempty"`
	CollectionDefCategory CollectionDefCategory    `json:"collectionDefCategory,omitempty"`
	ArgumentCount         *int                     `json:"argumentCount,omitempty"`
	ArgumentTypes         []PrimitiveDefCategory   `json:"argumentTypes,omitempty"`
	ElementDefs           []*EnumElementDef        `json:"elementDefs,omitempty"`
	DefaultValue          *EnumElementDef          `json:"defaultValue,omitempty"`
}

// MarshalJSON writes a as PrimitiveDef, CollectionDef or EnumDef according to
// its Category.
func (a AttributeTypeDef) MarshalJSON() ([]byte, error) {
	class, ok := attributeTypeDefClasses[a.Category]
	if !ok {
		return nil, fmt.Errorf("encode AttributeTypeDef %q: category %q has no JSON class; use PRIMITIVE, COLLECTION or ENUM_DEF", a.Name, a.Category)
	}
	w := attributeTypeDefJSON{
		HeaderVersion:   headerVersionOrCurrent(a.HeaderVersion),
		Version:         a.Version,
		VersionName:     a.VersionName,
		Category:        a.Category,
		GUID:            a.GUID,
		Name:            a.Name,
		Description:     a.Description,
		DescriptionGUID: a.DescriptionGUID,
		DescriptionWiki: a.DescriptionWiki,
	}
	switch a.Category {
	case AttributeCategoryPrimitive:
		w.PrimitiveDefCategory = a.PrimitiveDefCategory
	case AttributeCategoryCollection:
		count := a.ArgumentCount
		w.CollectionDefCategory = a.CollectionDefCategory
		w.ArgumentCount = &count
		w.ArgumentTypes = a.ArgumentTypes
	case AttributeCategoryEnumDef:
		w.ElementDefs = a.ElementDefs
		w.DefaultValue = a.DefaultValue
	}
	return marshalWithClass(class, w)
}

// UnmarshalJSON reads any of the three AttributeTypeDef classes. The class
// comes from "class" or, when "class" is missing, from "category".
func (a *AttributeTypeDef) UnmarshalJSON(data []byte) error {
	var w struct {
		Class string `json:"class"`
		attributeTypeDefJSON
	}
	if err := decodeBean(data, &w, "AttributeTypeDef"); err != nil {
		return err
	}
	category, err := attributeTypeDefCategoryOf(w.Class, w.Category)
	if err != nil {
		return err
	}
	*a = AttributeTypeDef{
		Category:        category,
		HeaderVersion:   w.HeaderVersion,
		Version:         w.Version,
		VersionName:     w.VersionName,
		GUID:            w.GUID,
		Name:            w.Name,
		Description:     w.Description,
		DescriptionGUID: w.DescriptionGUID,
		DescriptionWiki: w.DescriptionWiki,
	}
	switch category {
	case AttributeCategoryPrimitive:
		a.PrimitiveDefCategory = w.PrimitiveDefCategory
	case AttributeCategoryCollection:
		a.CollectionDefCategory = w.CollectionDefCategory
		if w.ArgumentCount != nil {
			a.ArgumentCount = *w.ArgumentCount
		}
		a.ArgumentTypes = w.ArgumentTypes
	case AttributeCategoryEnumDef:
		a.ElementDefs = w.ElementDefs
		a.DefaultValue = w.DefaultValue
	}
	return nil
}

func attributeTypeDefCategoryOf(class string, category AttributeTypeDefCategory) (AttributeTypeDefCategory, error) {
	target := reflect.TypeOf(AttributeTypeDef{})
	if class != "" {
		c, ok := attributeTypeDefCategories[class]
		if !ok {
			return "", fieldError("class", fmt.Sprintf("unknown AttributeTypeDef class %q (use PrimitiveDef, CollectionDef or EnumDef)", class), target)
		}
		return c, nil
	}
	if _, ok := attributeTypeDefClasses[category]; ok {
		return category, nil
	}
	if category == "" {
		return "", fieldError("class", "AttributeTypeDef without \"class\" or \"category\" (send one of them)", target)
	}
	return "", fieldError("category", fmt.Sprintf("AttributeTypeDef category %q (use PRIMITIVE, COLLECTION or ENUM_DEF)", category), target)
}

// Element returns the EnumElementDef with the given ordinal of an EnumDef.
func (a *AttributeTypeDef) Element(ordinal int) (*EnumElementDef, bool) {
	if a == nil {
		return nil, false
	}
	for _, e := range a.ElementDefs {
		if e != nil && e.Ordinal == ordinal {
			return e, true
		}
	}
	return nil, false
}
