import type { DelegateLiveCatalogue } from './en';

export const DELEGATE_LIVE_ES: DelegateLiveCatalogue = {
  'delegateLive.stripHeading': 'En el uso de la palabra',
  'delegateLive.place': '{position}.º en la lista',
  'delegateLive.youAreNext': 'Usted es el siguiente orador',
  'delegateLive.youAreNextHint': 'Esté preparado: interviene después del orador en el uso de la palabra.',
  'delegateLive.expectedAtVenue': 'Prevista a las {time}, hora local de la sede',
  'delegateLive.notifyButton': 'Avisarme cuando falten dos oradores',
  'delegateLive.notifyOn': 'Recibirá un aviso cuando falten dos oradores antes que usted.',
  'delegateLive.notifyStop': 'Dejar de avisarme',
  'delegateLive.notifyUnsupported': 'Este navegador no puede mostrar notificaciones: mantenga esta página abierta para seguir su turno.',
  'delegateLive.notifyDenied': 'Las notificaciones están bloqueadas para este sitio: permítalas en la configuración del navegador para recibir el aviso.',
  'delegateLive.alertTitle': '{name}: se acerca su turno',
  'delegateLive.alertBody': '{n, plural, =0 {Usted es el siguiente, después del orador en el uso de la palabra.} other {Un orador antes que usted, después del que está en el uso de la palabra.}}',
  'delegateLive.withdrawQuestion': '¿Retirar la solicitud?',
  'delegateLive.withdrawConfirm': 'Retirar',
  'delegateLive.withdrawKeep': 'Mantener',
  'delegateLive.blockedClosed': 'La lista de oradores está cerrada: solo puede pedirse todavía el derecho de respuesta.',
  'delegateLive.blockedCancelled': 'Esta sesión se ha cancelado: no admite solicitudes de palabra.',
  'delegateLive.blockedEnded': 'Esta sesión ha terminado: ya no admite solicitudes de palabra.',
  'delegateLive.resumesAfterPointOfOrder': 'Interrumpida por una cuestión de orden: retoma la palabra después',
};
