using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>
/// Breaks specs in the ways real specs break, reproducibly from a seed: structural mutations of the JSON tree (delete,
/// duplicate or retype a node, break a $ref, odd names, huge numbers, deep nesting) and text mutations that also apply
/// to YAML (truncate, cut, duplicate or swap lines, stray characters, indentation).
/// </summary>
internal static class SpecMutator
{
    private static readonly string[] OddNames = { "class", "", " ", "a b", "$ref", "@type", "x[]", "1st", "ünï", "a.b.c", "--", "operator", "Équipe", "x\ty", "\u0000", new string('n', 300) };

    private static readonly Func<JsonNode?>[] Values =
    {
        () => null, () => JsonValue.Create(""), () => JsonValue.Create(0), () => JsonValue.Create(-1), () => JsonValue.Create(1.5),
        () => JsonValue.Create(true), () => new JsonArray(), () => new JsonObject(), () => JsonValue.Create("string"),
        () => JsonNode.Parse("1e400"), () => JsonNode.Parse("99999999999999999999999999999"), () => JsonNode.Parse("-0"),
        () => new JsonObject { ["$ref"] = "#/components/schemas/Nope" }, () => new JsonObject { ["type"] = "objekt" },
        () => new JsonObject { ["type"] = new JsonArray("string", "integer", "null") }, () => new JsonObject { ["enum"] = new JsonArray() },
        () => new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["$ref"] = "#" }) },
    };

    private static readonly string[] BrokenReferences = { "#/components/schemas/Nope", "", "#", "#/paths", "other.yaml#/X", "#/components/schemas", "#/definitions/Missing", "http://example.com/x.json", "#/components/schemas/~2", "#/%zz" };

    public static (string Text, string Description) Mutate(string text, bool isJson, Random random)
    {
        var count = random.Next(1, 4);
        var descriptions = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var structural = isJson && random.NextDouble() < 0.7;
            string description;
            (text, description) = structural ? MutateTree(text, random) : MutateText(text, random);
            descriptions.Add(description);
        }

        return (text, string.Join("; ", descriptions));
    }

    private static (string, string) MutateTree(string text, Random random)
    {
        JsonNode? root;
        var nodes = new List<JsonNode>();
        try
        {
            // JsonObject builds its dictionary lazily, so duplicate keys surface while collecting: both stay in the try.
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 1000 });
            if (root is not null)
            {
                Collect(root, nodes);
            }
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // Already broken by an earlier text mutation (or has duplicate keys): keep mutating the text.
            return MutateText(text, random);
        }

        if (root is null)
        {
            return MutateText(text, random);
        }

        var target = nodes[random.Next(nodes.Count)];
        string description;
        switch (random.Next(8))
        {
            case 0 when target.Parent is not null:
                description = $"delete {target.GetPath()}";
                Remove(target);
                break;
            case 1 when target.Parent is JsonArray array:
                description = $"duplicate {target.GetPath()}";
                array.Add(target.DeepClone());
                break;
            case 2 when target.Parent is not null:
                var value = Values[random.Next(Values.Length)]();
                description = $"retype {target.GetPath()} to {value?.ToJsonString() ?? "null"}";
                Replace(target, value);
                break;
            case 3:
                var references = nodes.OfType<JsonObject>().Where(node => node["$ref"] is JsonValue).ToList();
                if (references.Count == 0)
                {
                    goto default;
                }

                var reference = references[random.Next(references.Count)];
                var broken = BrokenReferences[random.Next(BrokenReferences.Length)];
                description = $"break {reference.GetPath()}/$ref to '{broken}'";
                reference["$ref"] = broken;
                break;
            case 4 when target.Parent is JsonObject owner:
                var name = OddNames[random.Next(OddNames.Length)];
                var key = owner.First(pair => ReferenceEquals(pair.Value, target)).Key;
                if (owner.ContainsKey(name))
                {
                    goto default;
                }

                description = $"rename {target.GetPath()} to '{name}'";
                owner.Remove(key);
                owner[name] = target;
                break;
            case 5:
                var numbers = nodes.OfType<JsonValue>().Where(node => node.GetValueKind() == JsonValueKind.Number).ToList();
                if (numbers.Count == 0)
                {
                    goto default;
                }

                var number = numbers[random.Next(numbers.Count)];
                var huge = new[] { "1e400", "-1e400", "99999999999999999999999999999", "0.000000000000000000000000001", "-0" }[random.Next(5)];
                description = $"huge number at {number.GetPath()}: {huge}";
                Replace(number, JsonNode.Parse(huge));
                break;
            case 6 when target is JsonObject && target.Parent is not null:
                description = $"nest {target.GetPath()} 60 levels deep in allOf";
                JsonNode wrapped = target.DeepClone();
                for (var level = 0; level < 60; level++)
                {
                    wrapped = new JsonObject { ["allOf"] = new JsonArray(wrapped) };
                }

                Replace(target, wrapped);
                break;
            default:
                return MutateText(text, random);
        }

        return (root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, MaxDepth = 1000 }), description);
    }

    private static (string, string) MutateText(string text, Random random)
    {
        if (text.Length == 0)
        {
            return ("{", "replace empty text with '{'");
        }

        var lines = text.Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0:
                var at = random.Next(text.Length);
                return (text[..at], $"truncate at {at}");
            case 1:
                var start = random.Next(text.Length);
                var length = Math.Min(random.Next(1, 200), text.Length - start);
                return (text.Remove(start, length), $"cut {length} chars at {start}");
            case 2:
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"duplicate line {line + 1}");
            case 3:
                var first = random.Next(lines.Count);
                var second = random.Next(lines.Count);
                (lines[first], lines[second]) = (lines[second], lines[first]);
                return (string.Join('\n', lines), $"swap lines {first + 1} and {second + 1}");
            case 4:
                var position = random.Next(text.Length);
                var stray = "{}[]:,\"'#&*!|>-\t\u00a0\\"[random.Next(18)];
                return (text.Insert(position, stray.ToString()), $"insert '{stray}' at {position}");
            default:
                var indented = random.Next(lines.Count);
                lines[indented] = new string(' ', random.Next(0, 9)) + lines[indented].TrimStart();
                return (string.Join('\n', lines), $"re-indent line {indented + 1}");
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject owner:
                owner.Remove(owner.First(pair => ReferenceEquals(pair.Value, node)).Key);
                break;
            case JsonArray array:
                array.Remove(node);
                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject owner:
                owner[owner.First(pair => ReferenceEquals(pair.Value, node)).Key] = replacement;
                break;
            case JsonArray array:
                array[array.IndexOf(node)] = replacement;
                break;
        }
    }
}
