using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>
/// The population registry (stand-in for CPR and CVR): people, companies and the people who act
/// for companies, and the events that change them.
/// </summary>
public interface IPopulationRegistry
{
    /// <summary>The person, or null when the CPR is not registered.</summary>
    Task<Person?> GetPersonAsync(Cpr cpr, CancellationToken cancellationToken = default);

    /// <summary>
    /// The registered people among <paramref name="cprs"/> (one database round trip per call; for
    /// mass sends, call with batches of a few thousand). Unknown CPRs are absent from the result;
    /// duplicates are looked up once.
    /// </summary>
    Task<IReadOnlyDictionary<Cpr, Person>> GetPeopleAsync(IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken = default);

    /// <summary>The company, or null when the CVR is not registered.</summary>
    Task<Company?> GetCompanyAsync(Cvr cvr, CancellationToken cancellationToken = default);

    /// <summary>The people acting for the company, ordered by role then CPR.</summary>
    Task<IReadOnlyList<CompanyPerson>> GetCompanyPeopleAsync(Cvr cvr, CancellationToken cancellationToken = default);

    /// <summary>The companies <paramref name="cpr"/> acts for, with the role (ordered by CVR then role).</summary>
    Task<IReadOnlyList<CompanyPerson>> GetCompaniesActedForAsync(Cpr cpr, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the event to the tables and records it for delivery to every
    /// <see cref="IRegistryEventHandler"/>, in one transaction; delivery follows after the commit.
    /// Throws <see cref="RegistryEventRejectedException"/> (changing nothing) when the event does
    /// not fit the registry's state.
    /// </summary>
    Task<RegistryApplyResult> ApplyAsync(RegistryEvent registryEvent, CancellationToken cancellationToken = default);
}
