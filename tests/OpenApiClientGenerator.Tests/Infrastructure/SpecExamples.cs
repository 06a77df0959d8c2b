using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>An example from a spec: the JSON and the named schema it illustrates.</summary>
internal sealed record SpecExample(string Where, string SchemaName, string Json);

/// <summary>
/// Collects the examples of a spec whose schema is a named component: media-type examples (example / examples.*.value),
/// schema examples, and objects composed from their properties' examples (as documentation tools show them).
/// </summary>
internal static class SpecExamples
{
    public static IReadOnlyList<SpecExample> Collect(string path)
    {
        var text = File.ReadAllText(path);
        var root = path.EndsWith(".json", StringComparison.Ordinal)
            ? JsonSpecReader.Read(text, new TextMap(text), out _, CancellationToken.None)
            : YamlSpecReader.Read(text, out _, CancellationToken.None);
        var document = ToJson(root)!.AsObject();
        var schemas = (document["components"]?["schemas"] ?? document["definitions"])?.AsObject();
        var examples = new List<SpecExample>();
        if (schemas is null)
        {
            return examples;
        }

        foreach (var media in MediaTypes(document))
        {
            if (SchemaName(media.Node["schema"]) is not { } name)
            {
                continue;
            }

            if (media.Node["example"] is { } example)
            {
                examples.Add(new SpecExample(media.Where + "/example", name, example.ToJsonString()));
            }

            foreach (var named in media.Node["examples"]?.AsObject() ?? new JsonObject())
            {
                if (named.Value?["value"] is { } value)
                {
                    examples.Add(new SpecExample(media.Where + "/examples/" + named.Key, name, value.ToJsonString()));
                }
            }
        }

        foreach (var (key, schema) in schemas)
        {
            if (schema?["example"] is { } example)
            {
                examples.Add(new SpecExample($"#/schemas/{key}/example", key, example.ToJsonString()));
            }
            else if (Compose(schema, schemas, 0) is JsonObject composed && composed.Count > 0)
            {
                examples.Add(new SpecExample($"#/schemas/{key} (from property examples)", key, composed.ToJsonString()));
            }
        }

        return examples;
    }

    /// <summary>The C# model name of a component schema (as the generator names it).</summary>
    public static string ModelName(string schemaKey) => Identifiers.ToPascalCase(schemaKey, "Model");

    private static IEnumerable<(string Where, JsonObject Node)> MediaTypes(JsonObject document)
    {
        foreach (var (path, item) in document["paths"]?.AsObject() ?? new JsonObject())
        {
            foreach (var (method, operation) in item?.AsObject() ?? new JsonObject())
            {
                if (operation is not JsonObject op)
                {
                    continue;
                }

                foreach (var (status, response) in op["responses"]?.AsObject() ?? new JsonObject())
                {
                    foreach (var (mediaType, media) in response?["content"]?.AsObject() ?? new JsonObject())
                    {
                        if (mediaType.Contains("json", StringComparison.Ordinal) && media is JsonObject node)
                        {
                            yield return ($"{method.ToUpperInvariant()} {path} {status} {mediaType}", node);
                        }
                    }
                }
            }
        }
    }

    private static string? SchemaName(JsonNode? schema)
        => schema?["$ref"]?.GetValue<string>() is { } reference && reference.LastIndexOf('/') is var slash and >= 0 ? reference[(slash + 1)..] : null;

    /// <summary>An example object built from property examples, following $refs (bounded, for recursive schemas).</summary>
    private static JsonNode? Compose(JsonNode? schema, JsonObject schemas, int depth)
    {
        if (schema is null || depth > 4)
        {
            return null;
        }

        if (SchemaName(schema) is { } name)
        {
            return schemas[name] is { } target ? target["example"]?.DeepClone() ?? Compose(target, schemas, depth + 1) : null;
        }

        if (schema["example"] is { } example)
        {
            return example.DeepClone();
        }

        if (schema["properties"] is JsonObject properties)
        {
            var result = new JsonObject();
            foreach (var (key, property) in properties)
            {
                if (Compose(property, schemas, depth + 1) is { } value)
                {
                    result[key] = value;
                }
            }

            // Only a valid instance is an example: every required property must have been composed.
            var required = schema["required"] as JsonArray ?? new JsonArray();
            return result.Count > 0 && required.All(name => result.ContainsKey(name!.GetValue<string>())) ? result : null;
        }

        if (schema["type"] is JsonValue type && type.TryGetValue<string>(out var kind) && kind == "array" && Compose(schema["items"], schemas, depth + 1) is { } item)
        {
            return new JsonArray(item);
        }

        return null;
    }

    private static JsonNode? ToJson(SpecNode node) => node switch
    {
        SpecObject obj => new JsonObject(obj.Properties.Select(p => new KeyValuePair<string, JsonNode?>(p.Name, ToJson(p.Value)))),
        SpecArray array => new JsonArray(array.Items.Select(ToJson).ToArray()),
        SpecScalar { Kind: SpecNodeKind.String } scalar => JsonValue.Create(scalar.Text),
        SpecScalar { Kind: SpecNodeKind.Number } scalar => JsonNode.Parse(scalar.Text),
        SpecScalar { Kind: SpecNodeKind.Boolean } scalar => JsonValue.Create(scalar.IsTrue),
        _ => null,
    };
}
