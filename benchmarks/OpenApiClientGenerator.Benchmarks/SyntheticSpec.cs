using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>
/// Builds a large, deterministic OpenAPI 3.0.3 document (seeded, no files): about 500 component schemas and
/// 300 operations over 150 paths, about 1 MB of indented JSON. It uses what real specs use: every primitive type and
/// format, enums, arrays, maps, nullable properties, $refs (including cycles), allOf inheritance, oneOf unions with a
/// discriminator, inline objects, path/query/header parameters (shared and component ones), JSON bodies and
/// 200/201/204/4XX/default responses with component responses and response headers.
/// </summary>
internal static class SyntheticSpec
{
    public const int Seed = 20240611;

    public const int EnumCount = 40;
    public const int BaseCount = 20;
    public const int DerivedCount = 40;
    public const int UnionCount = 20;
    public const int VariantsPerUnion = 3;
    public const int ResourceGroups = 50;

    /// <summary>Error and ErrorDetail, enums, allOf bases and derived, unions and their variants, then plain objects up to 500.</summary>
    public const int SchemaCount = 500;

    private const int PlainCount = SchemaCount - 2 - EnumCount - BaseCount - DerivedCount - UnionCount - (UnionCount * VariantsPerUnion);

    private static readonly string[] Nouns =
    {
        "Account", "Invoice", "Order", "Customer", "Subscription", "License", "Product", "Offer", "Agreement", "Tenant",
        "Device", "Workspace", "Project", "Ticket", "Payment", "Shipment", "Warehouse", "Supplier", "Contract", "Report",
        "Budget", "Meter", "Quota", "Region", "Cluster", "Policy", "Role", "Member", "Group", "Channel",
    };

    private static readonly string[] PropertyNames =
    {
        "id", "displayName", "description", "createdAt", "updatedAt", "createdBy", "status", "state", "tags", "labels",
        "owner", "parent", "children", "quantity", "unitPrice", "totalAmount", "currency", "country", "region", "isEnabled",
        "isDefault", "priority", "score", "ratio", "version", "etag", "externalId", "correlationId", "startDate", "endDate",
        "expiresAt", "notes", "email", "phoneNumber", "address", "billingProfile", "settings", "attributes", "metadata", "items",
        "lineCount", "retryCount", "capacity", "usage", "limit", "threshold", "category", "kindName", "source", "target",
        "reference", "checksum", "sizeInBytes", "durationSeconds", "locale", "timeZone", "website", "manager", "approver", "reviewer",
    };

    private static readonly string[] EnumValues =
    {
        "active", "inactive", "pendingReview", "deleted", "archived", "Suspended", "in-progress", "COMPLETED", "failed",
        "unknown", "draft", "published", "expired", "trial", "paid", "cancelled",
    };

    private static readonly string[] Words =
    {
        "the", "value", "of", "this", "resource", "as", "returned", "by", "service", "when", "it", "is", "created",
        "updated", "or", "read", "identifier", "used", "for", "billing", "and", "reporting", "in", "partner", "portal",
        "customer", "tenant", "license", "usage", "time", "UTC", "ISO", "8601", "format", "optional", "required",
        "field", "set", "only", "server", "client", "may", "send", "null", "to", "clear", "it", "current", "latest",
    };

    private static readonly int[] Steps = { 1, 7, 11, 13, 17, 19, 23, 29 };

    private static readonly string[] Actions = { "approve", "cancel", "archive", "restore", "refresh", "validate", "export", "transfer" };

    /// <summary>The document: the same text for the same code, on any machine.</summary>
    public static string Build()
    {
        var random = new Random(Seed);
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            new Builder(writer, random).Write();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Counts of the built document (for the README): size, component schemas, paths, operations.</summary>
    public static (int Bytes, int Schemas, int Paths, int Operations) Measure(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas").EnumerateObject().Count();
        var paths = root.GetProperty("paths").EnumerateObject().ToList();
        var operations = paths.Sum(path => path.Value.EnumerateObject().Count(entry => entry.Name != "parameters"));
        return (Encoding.UTF8.GetByteCount(json), schemas, paths.Count, operations);
    }

    private sealed class Builder
    {
        private readonly Utf8JsonWriter _w;
        private readonly Random _random;
        private readonly List<string> _enums = new();
        private readonly List<string> _bases = new();
        private readonly List<string> _derived = new();
        private readonly List<string> _unions = new();
        private readonly List<string> _plain = new();

        public Builder(Utf8JsonWriter writer, Random random)
        {
            _w = writer;
            _random = random;

            for (var i = 0; i < EnumCount; i++)
            {
                _enums.Add($"{Noun(i)}State{i}");
            }

            for (var i = 0; i < BaseCount; i++)
            {
                _bases.Add($"{Noun(i + 3)}Base{i}");
            }

            for (var i = 0; i < DerivedCount; i++)
            {
                _derived.Add($"{Noun(i + 7)}Details{i}");
            }

            for (var i = 0; i < UnionCount; i++)
            {
                _unions.Add($"{Noun(i + 11)}Choice{i}");
            }

            for (var i = 0; i < PlainCount; i++)
            {
                _plain.Add($"{Noun(i)}{i}");
            }
        }

        public void Write()
        {
            _w.WriteStartObject();
            _w.WriteString("openapi", "3.0.3");
            _w.WriteStartObject("info");
            _w.WriteString("title", "Synthetic large API");
            _w.WriteString("description", "A generated document used to benchmark the OpenAPI client generator.");
            _w.WriteString("version", "2024-06-11");
            _w.WriteEndObject();
            _w.WriteStartArray("servers");
            _w.WriteStartObject();
            _w.WriteString("url", "https://api.example.com/v2");
            _w.WriteEndObject();
            _w.WriteEndArray();

            WritePaths();

            _w.WriteStartObject("components");
            WriteSchemas();
            WriteComponentParameters();
            WriteComponentResponses();
            _w.WriteEndObject();

            _w.WriteEndObject();
        }

        // ---- schemas ----

        private void WriteSchemas()
        {
            _w.WriteStartObject("schemas");

            _w.WriteStartObject("Error");
            _w.WriteString("type", "object");
            _w.WriteString("description", "An error returned by the service.");
            WriteRequired("code", "message");
            _w.WriteStartObject("properties");
            Primitive("code", "string", null, false);
            Primitive("message", "string", null, false);
            Primitive("target", "string", null, true);
            _w.WriteStartObject("details");
            _w.WriteString("type", "array");
            _w.WriteStartObject("items");
            _w.WriteString("$ref", "#/components/schemas/ErrorDetail");
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteEndObject();

            _w.WriteStartObject("ErrorDetail");
            _w.WriteString("type", "object");
            _w.WriteStartObject("properties");
            Primitive("code", "string", null, false);
            Primitive("message", "string", null, false);
            _w.WriteEndObject();
            _w.WriteEndObject();

            foreach (var name in _enums)
            {
                _w.WriteStartObject(name);
                _w.WriteString("type", "string");
                _w.WriteString("description", Sentence(6, 14));
                _w.WriteStartArray("enum");
                var count = _random.Next(3, 9);
                var start = _random.Next(EnumValues.Length);
                for (var i = 0; i < count; i++)
                {
                    _w.WriteStringValue(EnumValues[(start + i) % EnumValues.Length]);
                }

                _w.WriteEndArray();
                _w.WriteEndObject();
            }

            foreach (var name in _bases)
            {
                _w.WriteStartObject(name);
                ObjectBody(_random.Next(5, 9));
                _w.WriteEndObject();
            }

            for (var i = 0; i < _derived.Count; i++)
            {
                _w.WriteStartObject(_derived[i]);
                _w.WriteString("description", Sentence(6, 14));
                _w.WriteStartArray("allOf");
                _w.WriteStartObject();
                _w.WriteString("$ref", Ref(_bases[i % _bases.Count]));
                _w.WriteEndObject();
                _w.WriteStartObject();
                ObjectBody(_random.Next(3, 7), skipDescription: true);
                _w.WriteEndObject();
                _w.WriteEndArray();
                _w.WriteEndObject();
            }

            for (var i = 0; i < _unions.Count; i++)
            {
                var variants = Enumerable.Range(0, VariantsPerUnion).Select(v => $"{_unions[i]}Variant{v}").ToList();
                _w.WriteStartObject(_unions[i]);
                _w.WriteString("description", Sentence(6, 14));
                _w.WriteStartArray("oneOf");
                foreach (var variant in variants)
                {
                    _w.WriteStartObject();
                    _w.WriteString("$ref", Ref(variant));
                    _w.WriteEndObject();
                }

                _w.WriteEndArray();
                _w.WriteStartObject("discriminator");
                _w.WriteString("propertyName", "kind");
                _w.WriteStartObject("mapping");
                for (var v = 0; v < variants.Count; v++)
                {
                    _w.WriteString(DiscriminatorValue(v), Ref(variants[v]));
                }

                _w.WriteEndObject();
                _w.WriteEndObject();
                _w.WriteEndObject();

                for (var v = 0; v < variants.Count; v++)
                {
                    _w.WriteStartObject(variants[v]);
                    _w.WriteString("type", "object");
                    _w.WriteString("description", Sentence(6, 14));
                    WriteRequired("kind");
                    _w.WriteStartObject("properties");
                    _w.WriteStartObject("kind");
                    _w.WriteString("type", "string");
                    _w.WriteString("description", "The discriminator.");
                    _w.WriteStartArray("enum");
                    _w.WriteStringValue(DiscriminatorValue(v));
                    _w.WriteEndArray();
                    _w.WriteEndObject();
                    WriteProperties(_random.Next(3, 6), exclude: "kind");
                    _w.WriteEndObject();
                    _w.WriteEndObject();
                }
            }

            foreach (var name in _plain)
            {
                _w.WriteStartObject(name);
                ObjectBody(_random.Next(4, 6));
                _w.WriteEndObject();
            }

            _w.WriteEndObject();
        }

        private static string DiscriminatorValue(int variant) => variant switch { 0 => "basic", 1 => "advanced", _ => "custom" + variant.ToString(CultureInfo.InvariantCulture) };

        private void ObjectBody(int propertyCount, bool skipDescription = false)
        {
            _w.WriteString("type", "object");
            if (!skipDescription)
            {
                _w.WriteString("description", Sentence(6, 18));
            }

            var names = PickNames(propertyCount, null);
            WriteRequired(names.Where((_, i) => i % 3 == 0).ToArray());
            _w.WriteStartObject("properties");
            foreach (var name in names)
            {
                WriteProperty(name, depth: 0);
            }

            _w.WriteEndObject();
        }

        private void WriteProperties(int count, string exclude)
        {
            foreach (var name in PickNames(count, exclude))
            {
                WriteProperty(name, depth: 0);
            }
        }

        private List<string> PickNames(int count, string? exclude)
        {
            var start = _random.Next(PropertyNames.Length);
            // A step coprime with the pool size visits every name before repeating one.
            var step = Steps[_random.Next(Steps.Length)];
            var names = new List<string>();
            for (var i = 0; names.Count < count; i++)
            {
                var name = PropertyNames[(start + (i * step)) % PropertyNames.Length];
                if (name != exclude && !names.Contains(name))
                {
                    names.Add(name);
                }
            }

            return names;
        }

        private void WriteProperty(string name, int depth)
        {
            var roll = _random.Next(100);
            var nullable = _random.Next(100) < 15;
            switch (roll)
            {
                case < 22:
                    Primitive(name, "string", null, nullable, maxLength: _random.Next(3) == 0 ? 256 : null);
                    break;
                case < 30:
                    Primitive(name, "string", "date-time", nullable);
                    break;
                case < 36:
                    Primitive(name, "string", "uuid", nullable);
                    break;
                case < 44:
                    Primitive(name, "integer", _random.Next(2) == 0 ? "int32" : "int64", nullable);
                    break;
                case < 50:
                    Primitive(name, "number", _random.Next(2) == 0 ? "double" : "float", nullable);
                    break;
                case < 56:
                    Primitive(name, "boolean", null, nullable);
                    break;
                case < 62:
                    _w.WriteStartObject(name);
                    _w.WriteString("type", "string");
                    _w.WriteString("description", Sentence(4, 10));
                    _w.WriteStartArray("enum");
                    var count = _random.Next(2, 5);
                    var start = _random.Next(EnumValues.Length);
                    for (var i = 0; i < count; i++)
                    {
                        _w.WriteStringValue(EnumValues[(start + i) % EnumValues.Length]);
                    }

                    _w.WriteEndArray();
                    _w.WriteEndObject();
                    break;
                case < 70:
                    RefProperty(name, Pick(_enums), nullable);
                    break;
                case < 80:
                    RefProperty(name, Pick(_plain), nullable);
                    break;
                case < 83:
                    RefProperty(name, _random.Next(2) == 0 ? Pick(_derived) : Pick(_unions), nullable: false);
                    break;
                case < 89:
                    _w.WriteStartObject(name);
                    _w.WriteString("type", "array");
                    _w.WriteString("description", Sentence(4, 10));
                    _w.WriteStartObject("items");
                    if (_random.Next(2) == 0)
                    {
                        _w.WriteString("type", "string");
                    }
                    else
                    {
                        _w.WriteString("$ref", Ref(Pick(_plain)));
                    }

                    _w.WriteEndObject();
                    _w.WriteEndObject();
                    break;
                case < 93:
                    _w.WriteStartObject(name);
                    _w.WriteString("type", "object");
                    _w.WriteString("description", Sentence(4, 10));
                    _w.WriteStartObject("additionalProperties");
                    _w.WriteString("type", "string");
                    _w.WriteEndObject();
                    _w.WriteEndObject();
                    break;
                default:
                    if (depth > 0)
                    {
                        Primitive(name, "string", null, nullable);
                        break;
                    }

                    _w.WriteStartObject(name);
                    _w.WriteString("type", "object");
                    _w.WriteString("description", Sentence(4, 10));
                    _w.WriteStartObject("properties");
                    foreach (var inner in PickNames(_random.Next(2, 5), name))
                    {
                        WriteProperty(inner, depth + 1);
                    }

                    _w.WriteEndObject();
                    _w.WriteEndObject();
                    break;
            }
        }

        private void Primitive(string name, string type, string? format, bool nullable, int? maxLength = null)
        {
            _w.WriteStartObject(name);
            _w.WriteString("type", type);
            if (format is not null)
            {
                _w.WriteString("format", format);
            }

            if (nullable)
            {
                _w.WriteBoolean("nullable", true);
            }

            if (maxLength is { } max)
            {
                _w.WriteNumber("maxLength", max);
            }

            _w.WriteString("description", Sentence(3, 8));
            _w.WriteEndObject();
        }

        private void RefProperty(string name, string target, bool nullable)
        {
            _w.WriteStartObject(name);
            if (nullable)
            {
                // OpenAPI 3.0 style: a nullable reference is an allOf of the one reference.
                _w.WriteBoolean("nullable", true);
                _w.WriteString("description", Sentence(4, 10));
                _w.WriteStartArray("allOf");
                _w.WriteStartObject();
                _w.WriteString("$ref", Ref(target));
                _w.WriteEndObject();
                _w.WriteEndArray();
            }
            else
            {
                _w.WriteString("$ref", Ref(target));
            }

            _w.WriteEndObject();
        }

        private void WriteRequired(params string[] names)
        {
            if (names.Length == 0)
            {
                return;
            }

            _w.WriteStartArray("required");
            foreach (var name in names)
            {
                _w.WriteStringValue(name);
            }

            _w.WriteEndArray();
        }

        // ---- operations ----

        private void WritePaths()
        {
            _w.WriteStartObject("paths");
            for (var g = 0; g < ResourceGroups; g++)
            {
                var noun = Noun(g);
                var segment = noun.ToLowerInvariant() + "s" + g.ToString(CultureInfo.InvariantCulture);
                var idName = char.ToLowerInvariant(noun[0]) + noun.Substring(1) + g.ToString(CultureInfo.InvariantCulture) + "Id";
                var resource = _plain[(g * 5) % _plain.Count];
                var (idType, idFormat) = (g % 3) switch { 0 => ("string", (string?)null), 1 => ("string", "uuid"), _ => ("integer", "int64") };
                var opName = noun + g.ToString(CultureInfo.InvariantCulture);

                // Collection: list and create.
                _w.WriteStartObject("/" + segment);
                _w.WriteStartObject("get");
                OperationHeader($"list{opName}", noun, $"Lists the {noun.ToLowerInvariant()} resources of group {g}.");
                _w.WriteStartArray("parameters");
                ComponentParameter("Top");
                ComponentParameter("Skip");
                ComponentParameter("RequestId");
                QueryParameter("filter", "string", null, Sentence(5, 10));
                _w.WriteStartObject();
                _w.WriteString("name", "orderBy");
                _w.WriteString("in", "query");
                _w.WriteStartObject("schema");
                _w.WriteString("type", "string");
                _w.WriteStartArray("enum");
                _w.WriteStringValue("createdAt");
                _w.WriteStringValue("displayName");
                _w.WriteStringValue("-createdAt");
                _w.WriteEndArray();
                _w.WriteEndObject();
                _w.WriteEndObject();
                QueryParameter("includeDeleted", "boolean", null, Sentence(4, 8));
                _w.WriteEndArray();
                _w.WriteStartObject("responses");
                _w.WriteStartObject("200");
                _w.WriteString("description", "A page of resources.");
                _w.WriteStartObject("content");
                _w.WriteStartObject("application/json");
                _w.WriteStartObject("schema");
                if (g % 2 == 0)
                {
                    // An inline page object: the generator names it after the operation.
                    _w.WriteString("type", "object");
                    _w.WriteStartObject("properties");
                    _w.WriteStartObject("value");
                    _w.WriteString("type", "array");
                    _w.WriteStartObject("items");
                    _w.WriteString("$ref", Ref(resource));
                    _w.WriteEndObject();
                    _w.WriteEndObject();
                    Primitive("nextLink", "string", "uri", true);
                    Primitive("totalCount", "integer", "int32", false);
                    _w.WriteEndObject();
                }
                else
                {
                    _w.WriteString("type", "array");
                    _w.WriteStartObject("items");
                    _w.WriteString("$ref", Ref(resource));
                    _w.WriteEndObject();
                }

                _w.WriteEndObject();
                _w.WriteEndObject();
                _w.WriteEndObject();
                _w.WriteEndObject();
                ErrorResponses("4XX");
                _w.WriteEndObject();
                _w.WriteEndObject();

                _w.WriteStartObject("post");
                OperationHeader($"create{opName}", noun, $"Creates a {noun.ToLowerInvariant()} resource in group {g}.");
                _w.WriteStartArray("parameters");
                ComponentParameter("RequestId");
                HeaderParameter("Idempotency-Key", "uuid", required: false);
                _w.WriteEndArray();
                JsonBody(resource);
                _w.WriteStartObject("responses");
                _w.WriteStartObject("201");
                _w.WriteString("description", "Created.");
                _w.WriteStartObject("headers");
                _w.WriteStartObject("Location");
                _w.WriteString("description", "Where the new resource is.");
                _w.WriteStartObject("schema");
                _w.WriteString("type", "string");
                _w.WriteEndObject();
                _w.WriteEndObject();
                _w.WriteEndObject();
                JsonContent(resource);
                _w.WriteEndObject();
                ErrorResponses("400");
                _w.WriteEndObject();
                _w.WriteEndObject();
                _w.WriteEndObject();

                // Item: get, update, delete, with a path-level parameter.
                _w.WriteStartObject($"/{segment}/{{{idName}}}");
                _w.WriteStartArray("parameters");
                PathParameter(idName, idType, idFormat);
                _w.WriteEndArray();
                _w.WriteStartObject("get");
                OperationHeader($"get{opName}", noun, $"Gets one {noun.ToLowerInvariant()} resource of group {g}.");
                _w.WriteStartArray("parameters");
                _w.WriteStartObject();
                _w.WriteString("name", "expand");
                _w.WriteString("in", "query");
                _w.WriteString("style", "form");
                _w.WriteBoolean("explode", false);
                _w.WriteStartObject("schema");
                _w.WriteString("type", "array");
                _w.WriteStartObject("items");
                _w.WriteString("type", "string");
                _w.WriteEndObject();
                _w.WriteEndObject();
                _w.WriteEndObject();
                HeaderParameter("If-None-Match", null, required: false);
                _w.WriteEndArray();
                _w.WriteStartObject("responses");
                _w.WriteStartObject("200");
                _w.WriteString("description", "The resource.");
                JsonContent(resource);
                _w.WriteEndObject();
                _w.WriteStartObject("404");
                _w.WriteString("$ref", "#/components/responses/NotFound");
                _w.WriteEndObject();
                ErrorResponses(null);
                _w.WriteEndObject();
                _w.WriteEndObject();

                _w.WriteStartObject(g % 2 == 0 ? "put" : "patch");
                OperationHeader($"update{opName}", noun, $"Updates a {noun.ToLowerInvariant()} resource of group {g}.");
                _w.WriteStartArray("parameters");
                HeaderParameter("If-Match", null, required: g % 4 == 0);
                _w.WriteEndArray();
                JsonBody(resource);
                _w.WriteStartObject("responses");
                _w.WriteStartObject("200");
                _w.WriteString("description", "The updated resource.");
                JsonContent(resource);
                _w.WriteEndObject();
                ErrorResponses("4XX");
                _w.WriteEndObject();
                _w.WriteEndObject();

                _w.WriteStartObject("delete");
                OperationHeader($"delete{opName}", noun, $"Deletes a {noun.ToLowerInvariant()} resource of group {g}.");
                _w.WriteStartObject("responses");
                _w.WriteStartObject("204");
                _w.WriteString("description", "Deleted.");
                _w.WriteEndObject();
                _w.WriteStartObject("404");
                _w.WriteString("$ref", "#/components/responses/NotFound");
                _w.WriteEndObject();
                ErrorResponses(null);
                _w.WriteEndObject();
                _w.WriteEndObject();
                _w.WriteEndObject();

                // Action: a POST with a polymorphic or derived body.
                var action = Actions[g % Actions.Length];
                _w.WriteStartObject($"/{segment}/{{{idName}}}/{action}");
                _w.WriteStartObject("post");
                OperationHeader($"{action}{opName}", noun, $"Runs '{action}' on a {noun.ToLowerInvariant()} resource of group {g}.");
                _w.WriteStartArray("parameters");
                PathParameter(idName, idType, idFormat);
                ComponentParameter("ApiVersion");
                _w.WriteEndArray();
                JsonBody(g % 2 == 0 ? _unions[g % _unions.Count] : _derived[g % _derived.Count]);
                _w.WriteStartObject("responses");
                _w.WriteStartObject("200");
                _w.WriteString("description", "The outcome.");
                JsonContent(_derived[(g + 1) % _derived.Count]);
                _w.WriteEndObject();
                ErrorResponses("4XX");
                _w.WriteEndObject();
                _w.WriteEndObject();
                _w.WriteEndObject();
            }

            _w.WriteEndObject();
        }

        private void OperationHeader(string operationId, string tag, string summary)
        {
            _w.WriteString("operationId", operationId);
            _w.WriteStartArray("tags");
            _w.WriteStringValue(tag);
            _w.WriteEndArray();
            _w.WriteString("summary", summary);
            _w.WriteString("description", Sentence(5, 12));
        }

        private void ComponentParameter(string name)
        {
            _w.WriteStartObject();
            _w.WriteString("$ref", "#/components/parameters/" + name);
            _w.WriteEndObject();
        }

        private void QueryParameter(string name, string type, string? format, string description)
        {
            _w.WriteStartObject();
            _w.WriteString("name", name);
            _w.WriteString("in", "query");
            _w.WriteString("description", description);
            _w.WriteStartObject("schema");
            _w.WriteString("type", type);
            if (format is not null)
            {
                _w.WriteString("format", format);
            }

            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        private void PathParameter(string name, string type, string? format)
        {
            _w.WriteStartObject();
            _w.WriteString("name", name);
            _w.WriteString("in", "path");
            _w.WriteBoolean("required", true);
            _w.WriteString("description", "The identifier of the resource.");
            _w.WriteStartObject("schema");
            _w.WriteString("type", type);
            if (format is not null)
            {
                _w.WriteString("format", format);
            }

            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        private void HeaderParameter(string name, string? format, bool required)
        {
            _w.WriteStartObject();
            _w.WriteString("name", name);
            _w.WriteString("in", "header");
            _w.WriteBoolean("required", required);
            _w.WriteStartObject("schema");
            _w.WriteString("type", "string");
            if (format is not null)
            {
                _w.WriteString("format", format);
            }

            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        private void JsonBody(string schema)
        {
            _w.WriteStartObject("requestBody");
            _w.WriteBoolean("required", true);
            _w.WriteString("description", Sentence(4, 10));
            JsonContent(schema);
            _w.WriteEndObject();
        }

        private void JsonContent(string schema)
        {
            _w.WriteStartObject("content");
            _w.WriteStartObject("application/json");
            _w.WriteStartObject("schema");
            _w.WriteString("$ref", Ref(schema));
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        private void ErrorResponses(string? status)
        {
            if (status is not null)
            {
                _w.WriteStartObject(status);
                _w.WriteString("description", "The request was not valid.");
                JsonContent("Error");
                _w.WriteEndObject();
            }

            _w.WriteStartObject("default");
            _w.WriteString("description", "An unexpected error.");
            JsonContent("Error");
            _w.WriteEndObject();
        }

        private void WriteComponentParameters()
        {
            _w.WriteStartObject("parameters");
            _w.WriteStartObject("Top");
            _w.WriteString("name", "$top");
            _w.WriteString("in", "query");
            _w.WriteString("description", "How many items to return.");
            _w.WriteStartObject("schema");
            _w.WriteString("type", "integer");
            _w.WriteString("format", "int32");
            _w.WriteNumber("maximum", 1000);
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteStartObject("Skip");
            _w.WriteString("name", "$skip");
            _w.WriteString("in", "query");
            _w.WriteString("description", "How many items to skip.");
            _w.WriteStartObject("schema");
            _w.WriteString("type", "integer");
            _w.WriteString("format", "int32");
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteStartObject("RequestId");
            _w.WriteString("name", "X-Request-Id");
            _w.WriteString("in", "header");
            _w.WriteString("description", "A client-generated id that correlates the request in logs.");
            _w.WriteStartObject("schema");
            _w.WriteString("type", "string");
            _w.WriteString("format", "uuid");
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteStartObject("ApiVersion");
            _w.WriteString("name", "api-version");
            _w.WriteString("in", "query");
            _w.WriteBoolean("required", true);
            _w.WriteStartObject("schema");
            _w.WriteString("type", "string");
            _w.WriteStartArray("enum");
            _w.WriteStringValue("2023-01-01");
            _w.WriteStringValue("2024-06-11");
            _w.WriteEndArray();
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        private void WriteComponentResponses()
        {
            _w.WriteStartObject("responses");
            _w.WriteStartObject("NotFound");
            _w.WriteString("description", "The resource does not exist.");
            JsonContent("Error");
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        // ---- helpers ----

        private static string Noun(int i) => Nouns[i % Nouns.Length];

        private static string Ref(string schema) => "#/components/schemas/" + schema;

        private string Pick(List<string> names) => names[_random.Next(names.Count)];

        private string Sentence(int minWords, int maxWords)
        {
            var count = _random.Next(minWords, maxWords + 1);
            var builder = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                var word = Words[_random.Next(Words.Length)];
                if (i == 0)
                {
                    builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                }
                else
                {
                    builder.Append(' ').Append(word);
                }
            }

            return builder.Append('.').ToString();
        }
    }
}
