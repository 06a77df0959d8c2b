using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>Reads an enum (or const) schema into an <see cref="EnumSchemaSpec"/>: its distinct values, with the names and descriptions the spec gives them.</summary>
internal sealed class EnumSchemaReader
{
    private readonly ParseContext _context;
    private readonly SchemaResolver _resolver;

    public EnumSchemaReader(ParseContext context, SchemaResolver resolver)
    {
        _context = context;
        _resolver = resolver;
    }

    public SchemaRef Read(SpecObject schema, NameHint hint, string? type)
    {
        var values = SchemaKeywords.EnumValues(schema).Where(value => value.Kind != SpecNodeKind.Null).ToList();
        var allNumbers = values.Count > 0 && values.All(value => value.Kind == SpecNodeKind.Number);
        var kind = type switch
        {
            "integer" => EnumKind.Integer,
            "number" => EnumKind.Number,
            null when allNumbers => values.All(value => long.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) ? EnumKind.Integer : EnumKind.Number,
            _ => EnumKind.String,
        };
        var isInteger = kind == EnumKind.Integer;
        var reference = _resolver.Begin(schema);

        // x-enum-varnames (or x-enumNames) name the values when the spec author gave names.
        var givenNames = (_context.GetArray(schema, "x-enum-varnames") ?? _context.GetArray(schema, "x-enumNames"))?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList();
        var givenDescriptions = _context.GetArray(schema, "x-enum-descriptions")?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList();

        // x-ms-enum's values give names and descriptions too (AutoRest), matched by value.
        var msValues = _context.GetObject(schema, "x-ms-enum") is { } msEnum && msEnum["values"] is SpecArray described
            ? described.Items.OfType<SpecObject>().Where(item => item["value"] is SpecScalar).GroupBy(item => ((SpecScalar)item["value"]!).Text, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal)
            : null;
        var result = new List<EnumValueSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (isInteger && !long.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                _context.Report(DiagnosticDescriptors.UnexpectedNodeType, value, value.Pointer, "an integer enum value", $"'{value.Text}'");
                continue;
            }

            if (kind == EnumKind.Number && !double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                _context.Report(DiagnosticDescriptors.UnexpectedNodeType, value, value.Pointer, "a number enum value", $"'{value.Text}'");
                continue;
            }

            if (!seen.Add(value.Text))
            {
                continue;
            }

            var givenName = givenNames is not null && i < givenNames.Count && givenNames[i].Length > 0 ? givenNames[i] : null;
            var description = givenDescriptions is not null && i < givenDescriptions.Count ? givenDescriptions[i] : null;
            if (msValues is not null && msValues.TryGetValue(value.Text, out var msValue))
            {
                givenName ??= msValue["name"] is SpecScalar { Kind: SpecNodeKind.String, Text.Length: > 0 } msName ? msName.Text : null;
                description ??= msValue["description"] is SpecScalar { Kind: SpecNodeKind.String } msDescription ? msDescription.Text : null;
            }
            result.Add(new EnumValueSpec(value.Text, givenName, description));
        }

        _resolver.Add(new EnumSchemaSpec(reference.SchemaId!, hint, _resolver.OwnerOf(schema), _resolver.Describe(schema), _resolver.Flag(schema, "deprecated"), kind, result.ToEquatableArray()));
        return reference;
    }
}
