using System.Collections.Concurrent;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;

namespace DigitalPost.GraphQLGateway.Tests.Administration;

/// <summary>People in memory; counts look-ups so a test can tell that a refused caller never reached the registry.</summary>
internal sealed class FakePopulationRegistry : IPopulationRegistry
{
    private readonly ConcurrentDictionary<Cpr, Person> _people = new();
    private int _lookups;

    public int Lookups => Volatile.Read(ref _lookups);

    public void Add(Person person) => _people[person.Cpr] = person;

    public Task<Person?> GetPersonAsync(Cpr cpr, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _lookups);
        return Task.FromResult(_people.TryGetValue(cpr, out var person) ? person : null);
    }

    public Task<IReadOnlyDictionary<Cpr, Person>> GetPeopleAsync(IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<Cpr, Person>>(cprs.Where(_people.ContainsKey).ToDictionary(c => c, c => _people[c]));

    public Task<Company?> GetCompanyAsync(Cvr cvr, CancellationToken cancellationToken = default) => Task.FromResult<Company?>(null);

    public Task<IReadOnlyList<CompanyPerson>> GetCompanyPeopleAsync(Cvr cvr, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CompanyPerson>>([]);

    public Task<IReadOnlyList<CompanyPerson>> GetCompaniesActedForAsync(Cpr cpr, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CompanyPerson>>([]);

    public Task<RegistryApplyResult> ApplyAsync(RegistryEvent registryEvent, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The gateway never applies registry events.");
}
