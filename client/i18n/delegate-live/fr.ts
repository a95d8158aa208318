import type { DelegateLiveCatalogue } from './en';

export const DELEGATE_LIVE_FR: DelegateLiveCatalogue = {
  'delegateLive.stripHeading': 'Au micro en ce moment',
  'delegateLive.place': '{position, selectordinal, one {#re} other {#e}} place sur la liste',
  'delegateLive.youAreNext': 'Vous êtes le prochain orateur',
  'delegateLive.youAreNextHint': 'Tenez-vous prêt\u00a0: vous parlez après l’orateur au micro.',
  'delegateLive.expectedAtVenue': 'Prévu à {time}, heure du lieu de réunion',
  'delegateLive.notifyButton': 'M’avertir quand il reste deux orateurs avant moi',
  'delegateLive.notifyOn': 'Vous serez averti quand il restera deux orateurs avant vous.',
  'delegateLive.notifyStop': 'Ne plus m’avertir',
  'delegateLive.notifyUnsupported': 'Ce navigateur ne peut pas afficher de notifications\u00a0: gardez cette page ouverte pour suivre votre tour.',
  'delegateLive.notifyDenied': 'Les notifications sont bloquées pour ce site\u00a0: autorisez-les dans les paramètres du navigateur pour être averti.',
  'delegateLive.alertTitle': '{name}\u00a0: votre tour approche',
  'delegateLive.alertBody': '{n, plural, =0 {Vous êtes le prochain, après l’orateur qui a la parole.} other {Un orateur avant vous, après celui qui a la parole.}}',
  'delegateLive.withdrawQuestion': 'Retirer la demande\u00a0?',
  'delegateLive.withdrawConfirm': 'Retirer',
  'delegateLive.withdrawKeep': 'Garder',
  'delegateLive.blockedClosed': 'La liste des orateurs est close\u00a0: seul un droit de réponse peut encore être demandé.',
  'delegateLive.blockedCancelled': 'Cette séance est annulée\u00a0: elle ne reçoit aucune demande de parole.',
  'delegateLive.blockedEnded': 'Cette séance est terminée\u00a0: elle ne reçoit plus de demande de parole.',
  'delegateLive.resumesAfterPointOfOrder': 'Interrompue par une motion d’ordre\u00a0: vous reprenez ensuite',
};
