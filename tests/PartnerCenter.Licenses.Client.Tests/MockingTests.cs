using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>Code that takes IPartnerCenterClient can be tested with a stub, fluent calls included.</summary>
public sealed class MockingTests
{
    private sealed class StubClient : IPartnerCenterClient
    {
        public Guid? RequestedCustomer { get; private set; }

        public Task<CustomerLicensesUsageInsightsCollection> GetCustomerLicensesUsageAsync(Guid customerId, CancellationToken cancellationToken = default)
        {
            RequestedCustomer = customerId;
            return Task.FromResult(new CustomerLicensesUsageInsightsCollection { TotalCount = 0, Items = Array.Empty<CustomerLicensesUsageInsights>() });
        }
    }

    [Fact]
    public async Task The_fluent_path_on_the_interface_calls_the_stubbed_operation()
    {
        var stub = new StubClient();
        IPartnerCenterClient client = stub;
        var customerId = Guid.NewGuid();

        var usage = await client.Customers.ById(customerId).Analytics.Licenses.Usage.GetAsync();

        stub.RequestedCustomer.ShouldBe(customerId);
        usage.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_client_built_for_mocking_says_so_when_an_operation_is_not_overridden()
    {
        var client = new MockableClient();

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => client.GetCustomerLicensesUsageAsync(Guid.NewGuid()));

        ex.Message.ShouldContain("mocking");
    }

    private sealed class MockableClient : PartnerCenterClient
    {
    }
}
