using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Conformance.BodyComplex;
using Conformance.BodyComplex.Models;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests.Scenarios;

// Objects: properties of every primitive format, arrays and dictionaries in properties, absent and null values, allOf
// inheritance, Swagger 2.0 polymorphism (a discriminator property naming the derived type, x-ms-discriminator-value or
// the definition's name) and readOnly properties (read, never sent).
[ConformanceGroup("body-complex")]
public sealed class BodyComplexTests(TestServerFixture server) : ConformanceTest(server)
{
    private static readonly byte[] Bytes = [255, 254, 253, 252, 0, 250, 249, 248, 247, 246];
    private static readonly byte[] Picture = [255, 255, 255, 255, 254];
    private static readonly string[] ArrayItems = ["1, 2, 3, 4", "", null!, "&S#$(*Y", "The quick brown fox jumps over the lazy dog"];

    private BodyComplexClient Client => new(Server.HttpClient);

    // Basic
    [Fact]
    public Task getComplexBasicValid() => Scenario(async () =>
        (await Client.BasicGetValidAsync()).ShouldBe(new Basic { Id = 2, Name = "abc", Color = CMYKColors.Yellow }));

    [Fact]
    public Task putComplexBasicValid() => Scenario(() =>
        Client.BasicPutValidAsync("2016-02-29", new Basic { Id = 2, Name = "abc", Color = CMYKColors.Magenta }));

    [Fact] public Task getComplexBasicEmpty() => Scenario(async () => (await Client.BasicGetEmptyAsync()).ShouldBe(new Basic()));

    // {"id": null, "name": null}: id is x-nullable; a null name is as absent.
    [Fact] public Task getComplexBasicNull() => Scenario(async () => (await Client.BasicGetNullAsync()).ShouldBe(new Basic()));

    // 200 with no body.
    [Fact] public Task getComplexBasicNotProvided() => Scenario(async () => (await Client.BasicGetNotProvidedAsync()).ShouldBeNull());

    // {"id": "a", "name": "abc"}: a string where an integer belongs.
    [Fact] public Task getComplexBasicInvalid() => Scenario(() => Should.ThrowAsync<BodyComplexException>(() => Client.BasicGetInvalidAsync()));

    // Primitives
    [Fact] public Task getComplexPrimitiveInteger() => Scenario(async () => (await Client.PrimitiveGetIntAsync()).ShouldBe(new IntWrapper { Field1 = -1, Field2 = 2 }));

    [Fact] public Task putComplexPrimitiveInteger() => Scenario(() => Client.PrimitivePutIntAsync(new IntWrapper { Field1 = -1, Field2 = 2 }));

    [Fact]
    public Task getComplexPrimitiveLong() => Scenario(async () =>
        (await Client.PrimitiveGetLongAsync()).ShouldBe(new LongWrapper { Field1 = 1099511627775, Field2 = -999511627788 }));

    [Fact] public Task putComplexPrimitiveLong() => Scenario(() => Client.PrimitivePutLongAsync(new LongWrapper { Field1 = 1099511627775, Field2 = -999511627788 }));

    [Fact] public Task getComplexPrimitiveFloat() => Scenario(async () => (await Client.PrimitiveGetFloatAsync()).ShouldBe(new FloatWrapper { Field1 = 1.05f, Field2 = -0.003f }));

    [Fact] public Task putComplexPrimitiveFloat() => Scenario(() => Client.PrimitivePutFloatAsync(new FloatWrapper { Field1 = 1.05f, Field2 = -0.003f }));

    [Fact]
    public Task getComplexPrimitiveDouble() => Scenario(async () => (await Client.PrimitiveGetDoubleAsync()).ShouldBe(
        new DoubleWrapper { Field1 = 3e-100, Field56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose = -5e-57 }));

    [Fact]
    public Task putComplexPrimitiveDouble() => Scenario(() => Client.PrimitivePutDoubleAsync(
        new DoubleWrapper { Field1 = 3e-100, Field56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose = -5e-57 }));

    [Fact] public Task getComplexPrimitiveBool() => Scenario(async () => (await Client.PrimitiveGetBoolAsync()).ShouldBe(new BooleanWrapper { FieldTrue = true, FieldFalse = false }));

    [Fact] public Task putComplexPrimitiveBool() => Scenario(() => Client.PrimitivePutBoolAsync(new BooleanWrapper { FieldTrue = true, FieldFalse = false }));

    // {"field": "goodrequest", "empty": "", "null": null}
    [Fact]
    public Task getComplexPrimitiveString() => Scenario(async () =>
        (await Client.PrimitiveGetStringAsync()).ShouldBe(new StringWrapper { Field = "goodrequest", Empty = "", Null = null }));

    [Fact] public Task putComplexPrimitiveString() => Scenario(() => Client.PrimitivePutStringAsync(new StringWrapper { Field = "goodrequest", Empty = "", Null = null }));

    [Fact]
    public Task getComplexPrimitiveDate() => Scenario(async () =>
        (await Client.PrimitiveGetDateAsync()).ShouldBe(new DateWrapper { Field = DateOnly.MinValue, Leap = new DateOnly(2016, 2, 29) }));

    [Fact] public Task putComplexPrimitiveDate() => Scenario(() => Client.PrimitivePutDateAsync(new DateWrapper { Field = DateOnly.MinValue, Leap = new DateOnly(2016, 2, 29) }));

    [Fact]
    public Task getComplexPrimitiveDateTime() => Scenario(async () => (await Client.PrimitiveGetDateTimeAsync()).ShouldBe(
        new DatetimeWrapper { Field = DateTimeOffset.MinValue, Now = new DateTimeOffset(2015, 5, 18, 18, 38, 0, TimeSpan.Zero) }));

    [Fact]
    public Task putComplexPrimitiveDateTime() => Scenario(() => Client.PrimitivePutDateTimeAsync(
        new DatetimeWrapper { Field = DateTimeOffset.MinValue, Now = new DateTimeOffset(2015, 5, 18, 18, 38, 0, TimeSpan.Zero) }));

    // {"field": "Mon, 01 Jan 0001 00:00:00 GMT", "now": "Mon, 18 May 2015 11:38:00 GMT"}
    [Fact]
    public Task getComplexPrimitiveDateTimeRfc1123() => Scenario(async () =>
    {
        var wrapper = (await Client.PrimitiveGetDateTimeRfc1123Async()).ShouldNotBeNull();
        wrapper.Field.ShouldBe(DateTimeOffset.MinValue);
        wrapper.Now.ShouldBe(new DateTimeOffset(2015, 5, 18, 11, 38, 0, TimeSpan.Zero));
    });

    [Fact]
    public Task putComplexPrimitiveDateTimeRfc1123() => Scenario(() => Client.PrimitivePutDateTimeRfc1123Async(
        new Datetimerfc1123Wrapper { Field = DateTimeOffset.MinValue, Now = new DateTimeOffset(2015, 5, 18, 11, 38, 0, TimeSpan.Zero) }));

    // "P123DT22H14M12.011S"
    [Fact]
    public Task getComplexPrimitiveDuration() => Scenario(async () =>
        (await Client.PrimitiveGetDurationAsync()).ShouldBe(new DurationWrapper { Field = new TimeSpan(123, 22, 14, 12, 11) }));

    [Fact] public Task putComplexPrimitiveDuration() => Scenario(() => Client.PrimitivePutDurationAsync(new DurationWrapper { Field = new TimeSpan(123, 22, 14, 12, 11) }));

    [Fact] public Task getComplexPrimitiveByte() => Scenario(async () => (await Client.PrimitiveGetByteAsync()).ShouldNotBeNull().Field.ShouldBe(Bytes));

    [Fact] public Task putComplexPrimitiveByte() => Scenario(() => Client.PrimitivePutByteAsync(new ByteWrapper { Field = Bytes }));

    // Arrays in a property; the valid one holds a null string.
    [Fact] public Task getComplexArrayValid() => Scenario(async () => (await Client.ArrayGetValidAsync()).ShouldNotBeNull().Array.ShouldBe(ArrayItems));

    [Fact] public Task putComplexArrayValid() => Scenario(() => Client.ArrayPutValidAsync(new ArrayWrapper { Array = ArrayItems }));

    [Fact] public Task getComplexArrayEmpty() => Scenario(async () => (await Client.ArrayGetEmptyAsync()).ShouldNotBeNull().Array.ShouldNotBeNull().ShouldBeEmpty());

    [Fact] public Task putComplexArrayEmpty() => Scenario(() => Client.ArrayPutEmptyAsync(new ArrayWrapper { Array = [] }));

    [Fact] public Task getComplexArrayNotProvided() => Scenario(async () => (await Client.ArrayGetNotProvidedAsync()).ShouldNotBeNull().Array.ShouldBeNull());

    // Dictionaries in a property (x-nullable); the valid one holds a null value under an empty key.
    [Fact]
    public Task getComplexDictionaryValid() => Scenario(async () =>
        ((IReadOnlyDictionary<string, string?>?)(await Client.DictionaryGetValidAsync()).ShouldNotBeNull().DefaultProgram).ShouldBe(Programs()));

    [Fact]
    public Task putComplexDictionaryValid() => Scenario(() =>
        Client.DictionaryPutValidAsync(new DictionaryWrapper { DefaultProgram = Programs()! }));

    [Fact] public Task getComplexDictionaryEmpty() => Scenario(async () => (await Client.DictionaryGetEmptyAsync()).ShouldNotBeNull().DefaultProgram.ShouldBe(new Dictionary<string, string>()));

    [Fact] public Task putComplexDictionaryEmpty() => Scenario(() => Client.DictionaryPutEmptyAsync(new DictionaryWrapper { DefaultProgram = new Dictionary<string, string>() }));

    [Fact] public Task getComplexDictionaryNull() => Scenario(async () => (await Client.DictionaryGetNullAsync()).ShouldNotBeNull().DefaultProgram.ShouldBeNull());

    [Fact] public Task getComplexDictionaryNotProvided() => Scenario(async () => (await Client.DictionaryGetNotProvidedAsync()).ShouldNotBeNull().DefaultProgram.ShouldBeNull());

    // allOf: siamese ← cat ← pet, with a list of dog ← pet.
    [Fact]
    public Task getComplexInheritanceValid() => Scenario(async () =>
    {
        var siamese = (await Client.InheritanceGetValidAsync()).ShouldNotBeNull();
        siamese.ShouldBe(Siamese() with { Hates = siamese.Hates });
        siamese.Hates.ShouldBe(Siamese().Hates);
    });

    [Fact] public Task putComplexInheritanceValid() => Scenario(() => Client.InheritancePutValidAsync(Siamese()));

    // Polymorphism: a Fish is read as the derived type its fishtype names (salmon, shark, sawshark, goblin via
    // x-ms-discriminator-value), and a derived value is sent where Fish is declared, with its own properties.
    [Fact]
    public Task getComplexPolymorphismValid() => Scenario(async () =>
    {
        var salmon = (await Client.PolymorphismGetValidAsync()).ShouldBeOfSpecType<Salmon>();
        ShouldBeTheSalmon(salmon);
    });

    [Fact]
    public Task putComplexPolymorphismValid() => Scenario(() =>
        SpecTyped.CallAsync(Client, nameof(BodyComplexClient.PolymorphismPutValidAsync), TheSalmon()));

    // The operation declares salmon; the server answers a smart_salmon with properties of its own (additionalProperties).
    [Fact]
    public Task getComplexPolymorphismComplicated() => Scenario(async () =>
    {
        var smart = (await Client.PolymorphismGetComplicatedAsync()).ShouldBeOfSpecType<SmartSalmon>();
        smart.Fishtype.ShouldBe("smart_salmon");
        smart.Location.ShouldBe("alaska");
        smart.Iswild.ShouldBe(true);
        smart.Species.ShouldBe("king");
        smart.Length.ShouldBe(1f);
        smart.AdditionalProperties.ShouldNotBeNull().Keys.ShouldBe(
            new[] { "additionalProperty1", "additionalProperty2", "additionalProperty3", "additionalProperty4", "additionalProperty5" }, ignoreOrder: true);
        smart.AdditionalProperties["additionalProperty4"].GetRawText().ShouldBe("""{"a":1,"b":2}""");
        smart.Siblings.ShouldNotBeNull().Count.ShouldBe(3);
        smart.Siblings[2].ShouldBeOfSpecType<Goblinshark>().Jawsize.ShouldBe(5);
    });

    [Fact]
    public Task putComplexPolymorphismComplicated() => Scenario(() =>
        SpecTyped.CallAsync(Client, nameof(BodyComplexClient.PolymorphismPutComplicatedAsync), TheSmartSalmon()));

    // The request carries fishtype "salmon"; the response does not: an object without a discriminator is the declared type.
    [Fact]
    public Task putComplexPolymorphismNoDiscriminator() => Scenario(async () =>
    {
        var salmon = new Salmon { Fishtype = "salmon", Location = "alaska", Iswild = true, Species = "king", Length = 1 }
            .With(nameof(Salmon.Siblings), Siblings());
        var answered = (await SpecTyped.CallAsync(Client, nameof(BodyComplexClient.PolymorphismPutMissingDiscriminatorAsync), salmon))
            .ShouldBeOfSpecType<Salmon>();
        answered.Location.ShouldBe("alaska");
        answered.Siblings.ShouldNotBeNull().Count.ShouldBe(3);
    });

    // "fish.type": a discriminator whose name has a dot, with the derived type's name as its value.
    [Fact]
    public Task getComplexPolymorphismDotSyntax() => Scenario(async () =>
    {
        var salmon = (await Client.PolymorphismGetDotSyntaxAsync()).ShouldBeOfSpecType<DotSalmon>();
        salmon.ShouldBe(new DotSalmon { FishType = "DotSalmon", Location = "sweden", Iswild = true, Species = "king" });
    });

    [Fact]
    public Task getComposedWithDiscriminator() => Scenario(async () =>
    {
        var market = (await Client.PolymorphismGetComposedWithDiscriminatorAsync()).ShouldNotBeNull();
        market.SampleSalmon.ShouldBe(DotSalmon("sweden", false));
        market.Salmons.ShouldBe(new[] { DotSalmon("sweden", false), DotSalmon("atlantic", true) });
        market.SampleFish.ShouldBeOfSpecType<DotSalmon>().ShouldBe(DotSalmon("australia", false));
        market.Fishes.ShouldNotBeNull().Count.ShouldBe(2);
        market.Fishes[0].ShouldBeOfSpecType<DotSalmon>().ShouldBe(DotSalmon("australia", false));
        market.Fishes[1].ShouldBeOfSpecType<DotSalmon>().ShouldBe(DotSalmon("canada", true));
    });

    // The same market with no "fish.type" anywhere: each value is read as its declared type.
    [Fact]
    public Task getComposedWithoutDiscriminator() => Scenario(async () =>
    {
        var market = (await Client.PolymorphismGetComposedWithoutDiscriminatorAsync()).ShouldNotBeNull();
        market.SampleSalmon.ShouldNotBeNull().Location.ShouldBe("sweden");
        market.Salmons.ShouldNotBeNull().Count.ShouldBe(2);
        market.Salmons[1].Location.ShouldBe("atlantic");
        market.SampleFish.ShouldNotBeNull().Species.ShouldBe("king");
        market.Fishes.ShouldNotBeNull().Count.ShouldBe(2);
    });

    // Fish whose siblings have siblings, of every derived type.
    [Fact]
    public Task getComplexPolymorphicRecursiveValid() => Scenario(async () =>
    {
        var salmon = (await Client.PolymorphicrecursiveGetValidAsync()).ShouldBeOfSpecType<Salmon>();
        salmon.Location.ShouldBe("alaska");
        var shark = salmon.Siblings.ShouldNotBeNull()[0].ShouldBeOfSpecType<Shark>();
        shark.Birthday.ShouldBe(new DateTimeOffset(2012, 1, 5, 1, 0, 0, TimeSpan.Zero));
        var coho = shark.Siblings.ShouldNotBeNull()[0].ShouldBeOfSpecType<Salmon>();
        coho.Species.ShouldBe("coho");
        coho.Siblings.ShouldNotBeNull()[1].ShouldBeOfSpecType<Sawshark>().Picture.ShouldBe(Picture);
        salmon.Siblings[1].ShouldBeOfSpecType<Sawshark>().Siblings.ShouldNotBeNull().ShouldBeEmpty();
    });

    [Fact]
    public Task putComplexPolymorphicRecursiveValid() => Scenario(() =>
    {
        Shark shark = new() { Fishtype = "shark", Age = 6, Birthday = new(2012, 1, 5, 1, 0, 0, TimeSpan.Zero), Species = "predator", Length = 20 };
        Sawshark sawshark = new() { Fishtype = "sawshark", Age = 105, Birthday = new(1900, 1, 5, 1, 0, 0, TimeSpan.Zero), Picture = Picture, Species = "dangerous", Length = 10 };
        var coho = new Salmon { Fishtype = "salmon", Location = "atlantic", Iswild = true, Species = "coho", Length = 2 }
            .With(nameof(Salmon.Siblings), new object[] { shark, sawshark });
        var big = new Salmon { Fishtype = "salmon", Location = "alaska", Iswild = true, Species = "king", Length = 1 }
            .With(nameof(Salmon.Siblings), new object[]
            {
                (shark with { }).With(nameof(Shark.Siblings), new object[] { coho, sawshark with { Siblings = [] } }),
                sawshark with { Siblings = [] },
            });
        return SpecTyped.CallAsync(Client, nameof(BodyComplexClient.PolymorphicrecursivePutValidAsync), big);
    });

    // readOnly: id is read, and left out of a request even when the model holds it.
    [Fact]
    public Task getComplexReadOnlyPropertyValid() => Scenario(async () =>
        (await Client.ReadonlypropertyGetValidAsync()).ShouldBe(new ReadonlyObj { Id = "1234", Size = 2 }));

    [Fact]
    public Task putComplexReadOnlyPropertyValid() => Scenario(() => Client.ReadonlypropertyPutValidAsync(new ReadonlyObj { Id = "1234", Size = 2 }));

    private static Dictionary<string, string?> Programs() => new()
    {
        ["txt"] = "notepad",
        ["bmp"] = "mspaint",
        ["xls"] = "excel",
        ["exe"] = "",
        [""] = null,
    };

    private static Siamese Siamese() => new()
    {
        Id = 2,
        Name = "Siameeee",
        Color = "green",
        Breed = "persian",
        Hates = [new Dog { Id = 1, Name = "Potato", Food = "tomato" }, new Dog { Id = -1, Name = "Tomato", Food = "french fries" }],
    };

    private static DotSalmon DotSalmon(string location, bool wild) => new() { FishType = "DotSalmon", Location = location, Iswild = wild, Species = "king" };

    // The server's rawFish: a salmon with a shark, a sawshark and a goblin shark (whose color is not one the enum lists).
    private static Salmon TheSalmon() =>
        new Salmon { Fishtype = "salmon", Location = "alaska", Iswild = true, Species = "king", Length = 1 }.With(nameof(Salmon.Siblings), Siblings());

    private static SmartSalmon TheSmartSalmon() => new SmartSalmon
    {
        Fishtype = "smart_salmon",
        Location = "alaska",
        Iswild = true,
        Species = "king",
        Length = 1,
        AdditionalProperties = new Dictionary<string, JsonElement>
        {
            ["additionalProperty1"] = Json("1"),
            ["additionalProperty2"] = Json("false"),
            ["additionalProperty3"] = Json("\"hello\""),
            ["additionalProperty4"] = Json("""{"a":1,"b":2}"""),
            ["additionalProperty5"] = Json("[1,3]"),
        },
    }.With(nameof(SmartSalmon.Siblings), Siblings());

    private static object[] Siblings() =>
    [
        new Shark { Fishtype = "shark", Age = 6, Birthday = new(2012, 1, 5, 1, 0, 0, TimeSpan.Zero), Length = 20, Species = "predator" },
        new Sawshark { Fishtype = "sawshark", Age = 105, Birthday = new(1900, 1, 5, 1, 0, 0, TimeSpan.Zero), Length = 10, Picture = Picture, Species = "dangerous" },
        new Goblinshark
        {
            Fishtype = "goblin", Age = 1, Birthday = new(2015, 8, 8, 0, 0, 0, TimeSpan.Zero), Length = 30, Species = "scary", Jawsize = 5,
            Color = new GoblinSharkColor("pinkish-gray"),
        },
    ];

    private static void ShouldBeTheSalmon(Salmon salmon)
    {
        salmon.ShouldBe(new Salmon { Fishtype = "salmon", Location = "alaska", Iswild = true, Species = "king", Length = 1, Siblings = salmon.Siblings });
        var siblings = salmon.Siblings.ShouldNotBeNull();
        siblings.Count.ShouldBe(3);
        var shark = siblings[0].ShouldBeOfSpecType<Shark>();
        shark.ShouldBe(new Shark { Fishtype = "shark", Age = 6, Birthday = new(2012, 1, 5, 1, 0, 0, TimeSpan.Zero), Length = 20, Species = "predator" });
        var sawshark = siblings[1].ShouldBeOfSpecType<Sawshark>();
        sawshark.Picture.ShouldBe(Picture);
        sawshark.ShouldBe(new Sawshark
        {
            Fishtype = "sawshark", Age = 105, Birthday = new(1900, 1, 5, 1, 0, 0, TimeSpan.Zero), Length = 10, Species = "dangerous", Picture = sawshark.Picture,
        });
        var goblin = siblings[2].ShouldBeOfSpecType<Goblinshark>();
        goblin.ShouldBe(new Goblinshark
        {
            Fishtype = "goblin", Age = 1, Birthday = new(2015, 8, 8, 0, 0, 0, TimeSpan.Zero), Length = 30, Species = "scary", Jawsize = 5,
            Color = new GoblinSharkColor("pinkish-gray"),
        });
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
