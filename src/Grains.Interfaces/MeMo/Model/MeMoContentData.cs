namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// <c>memo:ContentData</c>. Typed: CaseID and AdditionalContentData; the foreign parts
/// (grd:CPRdata, grd:CVRdata, dmv:MotorVehicle, grd:PropertyNumber, kle:KLEdata,
/// form:FORMdata, grd:ProductionUnit, udd:Education, grd:Address, ...) are in
/// <see cref="MeMoElement.Extensions"/>.
/// </summary>
public sealed record MeMoContentData : MeMoElement
{
    public MeMoCaseId? CaseId { get; init; }

    public MeMoList<MeMoAdditionalContentData> AdditionalContentData { get; init; } = MeMoList<MeMoAdditionalContentData>.Empty;
}
