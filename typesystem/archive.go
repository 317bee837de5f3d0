package typesystem

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Archive is an Egeria open metadata archive (.omarchive): a types archive
// such as OpenMetadataTypes, a content pack or a repository backup.
type Archive struct {
	Properties    ArchiveProperties
	TypeStore     *ArchiveTypeStore
	InstanceStore *ArchiveInstanceStore
}

// ArchiveProperties describes an archive.
type ArchiveProperties struct {
	ArchiveGUID            string      `json:"archiveGUID,omitempty"`
	ArchiveName            string      `json:"archiveName,omitempty"`
	ArchiveDescription     string      `json:"archiveDescription,omitempty"`
	ArchiveType            ArchiveType `json:"archiveType,omitempty"`
	ArchiveVersion         string      `json:"archiveVersion,omitempty"`
	OriginatorName         string      `json:"originatorName,omitempty"`
	OriginatorOrganization string      `json:"originatorOrganization,omitempty"`
	OriginatorLicense      string      `json:"originatorLicense,omitempty"`
	CreationDate           *Millis     `json:"creationDate,omitempty"`
	// DependsOnArchives lists the GUIDs of archives to load first.
	DependsOnArchives []string `json:"dependsOnArchives,omitempty"`
}

// ArchiveTypeStore holds the types of an archive. Loading applies the
// attribute types first, then the new TypeDefs, then the patches in order.
type ArchiveTypeStore struct {
	AttributeTypeDefs []*AttributeTypeDef `json:"attributeTypeDefs,omitempty"`
	NewTypeDefs       []*TypeDef          `json:"newTypeDefs,omitempty"`
	TypeDefPatches    []*TypeDefPatch     `json:"typeDefPatches,omitempty"`
}

// ArchiveInstanceStore holds the instances of an archive. Classifications of
// the archive's own entities travel inside the entities; the separate list
// holds classifications of entities stored elsewhere.
type ArchiveInstanceStore struct {
	Entities        []*EntityDetail                  `json:"entities,omitempty"`
	Relationships   []*Relationship                  `json:"relationships,omitempty"`
	Classifications []*ClassificationEntityExtension `json:"classifications,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (p ArchiveProperties) MarshalJSON() ([]byte, error) {
	type plain ArchiveProperties
	return marshalWithClass("OpenMetadataArchiveProperties", plain(p))
}

// MarshalJSON implements json.Marshaler.
func (s ArchiveTypeStore) MarshalJSON() ([]byte, error) {
	type plain ArchiveTypeStore
	return marshalWithClass("OpenMetadataArchiveTypeStore", plain(s))
}

// MarshalJSON implements json.Marshaler.
func (s ArchiveInstanceStore) MarshalJSON() ([]byte, error) {
	type plain ArchiveInstanceStore
	return marshalWithClass("OpenMetadataArchiveInstanceStore", plain(s))
}

// MarshalJSON writes the archive in the .omarchive format.
func (a Archive) MarshalJSON() ([]byte, error) {
	return marshalWithClass("OpenMetadataArchive", struct {
		Properties    ArchiveProperties     `json:"archiveProperties"`
		TypeStore     *ArchiveTypeStore     `json:"archiveTypeStore,omitempty"`
		InstanceStore *ArchiveInstanceStore `json:"archiveInstanceStore,omitempty"`
	}{a.Properties, a.TypeStore, a.InstanceStore})
}

// archiveJSON is the first decoding pass: every element stays raw so that
// the second pass can name the element that fails.
type archiveJSON struct {
	Properties *ArchiveProperties `json:"archiveProperties"`
	TypeStore  *struct {
		AttributeTypeDefs []json.RawMessage `json:"attributeTypeDefs"`
		NewTypeDefs       []json.RawMessage `json:"newTypeDefs"`
		TypeDefPatches    []json.RawMessage `json:"typeDefPatches"`
	} `json:"archiveTypeStore"`
	InstanceStore *struct {
		Entities        []json.RawMessage `json:"entities"`
		Relationships   []json.RawMessage `json:"relationships"`
		Classifications []json.RawMessage `json:"classifications"`
	} `json:"archiveInstanceStore"`
}

// ReadArchiveFile reads the archive in path. Errors start with the file's
// base name.
func ReadArchiveFile(path string) (*Archive, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read archive: %w", err)
	}
	defer f.Close()

	archive, err := ReadArchive(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return archive, nil
}

// ReadArchive decodes an archive. An error names the element that failed,
// for example "archiveInstanceStore.entities[12] (guid 1234…): …", or the
// line and column of a JSON syntax error.
func ReadArchive(r io.Reader) (*Archive, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read archive: %w", err)
	}
	var raw archiveJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, describeSyntaxError(data, err)
	}
	if raw.Properties == nil && raw.TypeStore == nil && raw.InstanceStore == nil {
		return nil, errors.New("not an open metadata archive: archiveProperties, archiveTypeStore and archiveInstanceStore are all missing")
	}

	archive := &Archive{}
	if raw.Properties != nil {
		archive.Properties = *raw.Properties
	}
	if ts := raw.TypeStore; ts != nil {
		archive.TypeStore = &ArchiveTypeStore{}
		if archive.TypeStore.AttributeTypeDefs, err = decodeElements[AttributeTypeDef]("archiveTypeStore.attributeTypeDefs", ts.AttributeTypeDefs); err != nil {
			return nil, err
		}
		if archive.TypeStore.NewTypeDefs, err = decodeElements[TypeDef]("archiveTypeStore.newTypeDefs", ts.NewTypeDefs); err != nil {
			return nil, err
		}
		if archive.TypeStore.TypeDefPatches, err = decodeElements[TypeDefPatch]("archiveTypeStore.typeDefPatches", ts.TypeDefPatches); err != nil {
			return nil, err
		}
	}
	if is := raw.InstanceStore; is != nil {
		archive.InstanceStore = &ArchiveInstanceStore{}
		if archive.InstanceStore.Entities, err = decodeElements[EntityDetail]("archiveInstanceStore.entities", is.Entities); err != nil {
			return nil, err
		}
		if archive.InstanceStore.Relationships, err = decodeElements[Relationship]("archiveInstanceStore.relationships", is.Relationships); err != nil {
			return nil, err
		}
		if archive.InstanceStore.Classifications, err = decodeElements[ClassificationEntityExtension]("archiveInstanceStore.classifications", is.Classifications); err != nil {
			return nil, err
		}
	}
	return archive, nil
}

// decodeElements decodes each raw element into a new T. A null element
// fails, because Egeria never writes one.
func decodeElements[T any](path string, elements []json.RawMessage) ([]*T, error) {
	if len(elements) == 0 {
		return nil, nil
	}
	out := make([]*T, 0, len(elements))
	for i, element := range elements {
		if isJSONNull(element) {
			return nil, fmt.Errorf("%s[%d]: element is null; remove it or replace it with an object", path, i)
		}
		value := new(T)
		if err := json.Unmarshal(element, value); err != nil {
			return nil, fmt.Errorf("%s[%d]%s: %w", path, i, elementIdentity(element), err)
		}
		out = append(out, value)
	}
	return out, nil
}

// elementIdentity returns " (guid …, name …)" for an element, using the
// identifying members it has.
func elementIdentity(element json.RawMessage) string {
	var id struct {
		GUID             string `json:"guid"`
		Name             string `json:"name"`
		TypeDefName      string `json:"typeDefName"`
		EntityToClassify *struct {
			GUID string `json:"guid"`
		} `json:"entityToClassify"`
	}
	if json.Unmarshal(element, &id) != nil {
		return ""
	}
	var parts []string
	if id.GUID != "" {
		parts = append(parts, "guid "+id.GUID)
	}
	if id.EntityToClassify != nil && id.EntityToClassify.GUID != "" {
		parts = append(parts, "entity guid "+id.EntityToClassify.GUID)
	}
	if id.Name != "" {
		parts = append(parts, "name "+id.Name)
	}
	if id.TypeDefName != "" {
		parts = append(parts, "typeDefName "+id.TypeDefName)
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// describeSyntaxError adds the line and column to a JSON syntax error.
func describeSyntaxError(data []byte, err error) error {
	var syntaxErr *json.SyntaxError
	if !errors.As(err, &syntaxErr) {
		return fmt.Errorf("decode archive: %w", err)
	}
	offset := min(int(syntaxErr.Offset), len(data))
	line := 1 + bytes.Count(data[:offset], []byte("\n"))
	column := offset - bytes.LastIndexByte(data[:offset], '\n')
	return fmt.Errorf("decode archive: invalid JSON at line %d, column %d: %w", line, column, err)
}
