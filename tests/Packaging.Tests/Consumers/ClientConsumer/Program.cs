using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using PartnerCenter.Licenses;
using PartnerCenter.Licenses.Testing;

// A consumer of the packed client: registers it as an application would and calls the fake Partner Center.
using var fake = FakePartnerCenter.Start();
var services = new ServiceCollection();
services.AddPartnerCenterClient(
    DelegatedTokenCredential.Create((_, _) => new AccessToken("consumer-token", DateTimeOffset.UtcNow.AddHours(1))),
    options => options.BaseAddress = fake.BaseAddress);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IPartnerCenterClient>();

var usage = await client.Customers.ById(Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04")).Analytics.Licenses.Usage.GetAsync();
Console.WriteLine($"total={usage.TotalCount} first={usage.Items[0].ProductName} auth={fake.Requests[0].Headers["Authorization"]}");

fake.RespondWithExample("getCustomerLicensesUsage", 404);
try
{
    await client.GetCustomerLicensesUsageAsync(Guid.NewGuid());
}
catch (PartnerCenterException ex)
{
    Console.WriteLine($"error={ex.Status}/{ex.ErrorCode}");
}
